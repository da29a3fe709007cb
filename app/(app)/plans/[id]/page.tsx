import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getPlan, getPlanLineOptions } from "@/lib/data/plans";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { z } from "zod";
import { LINE_OUTCOMES, STUDY_MODES } from "@/lib/validation/plans";
import { plainParams, type SearchParams } from "@/components/training/format";
import { ActionForm } from "@/components/action-form";
import { OutcomeBadge, PlanStatusBadge } from "@/components/plans/badges";
import { ClassStatusBadge } from "@/components/training/badges";
import { DefinitionList, EmptyState, linkClass, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import { addPlanLineAction, approvePlanAction, deletePlanLineAction, recordLineOutcomeAction, submitPlanAction, updatePlanLineAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.list.title") };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const viewer = await requirePagePermission("plans.read");
  const { id } = await params;
  const [t, locale] = [await getTranslator(), await getLocale()];
  const plan = await orNotFound(getPlan(viewer, id));
  const done = z.enum(["submitted", "approved"]).optional().catch(undefined).parse(plainParams(await searchParams).done);
  const options = plan.canEditLines ? await getPlanLineOptions(viewer) : null;
  const n = (value: number) => formatNumber(value, locale);
  const c = (key: string) => t(`plans.detail.columns.${key}` as Parameters<typeof t>[0]);
  const num = `${tdClass} text-right tabular-nums`;
  const saving = t("common.saving");

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={plan.title}
        back={{ href: "/plans", label: t("plans.detail.back") }}
        actions={
          <>
            {plan.canSubmit ? (
              <ActionForm action={submitPlanAction} fields={[{ kind: "hidden", name: "planId", value: plan.id }]} submitLabel={t("plans.detail.submit")} pendingLabel={saving} />
            ) : null}
            {plan.canApprove ? (
              <ActionForm action={approvePlanAction} fields={[{ kind: "hidden", name: "planId", value: plan.id }]} submitLabel={t("plans.detail.approve")} pendingLabel={saving} />
            ) : null}
          </>
        }
      />
      {done ? <Notice tone="success">{t(done === "submitted" ? "plans.detail.submitted" : "plans.detail.approvedDone")}</Notice> : null}
      <Section id="plan-summary" title={t("plans.fields.year") + " " + plan.year}>
        <DefinitionList
          columns={3}
          items={[
            { label: t("plans.detail.school"), value: plan.school.name },
            { label: t("plans.detail.status"), value: <PlanStatusBadge status={plan.status} t={t} /> },
            { label: t("plans.detail.decisionRef"), value: plan.decisionRef ?? "—" },
            {
              label: t("plans.detail.approved"),
              value: plan.approvedAt ? t("plans.detail.approvedBy", { name: plan.approvedBy?.fullName ?? "—", date: formatDate(plan.approvedAt, locale) }) : t("plans.detail.notApproved"),
            },
            ...(plan.note ? [{ label: t("plans.fields.note"), value: plan.note }] : []),
          ]}
        />
      </Section>

      <Section id="plan-lines" title={t("plans.detail.linesTitle")} intro={t("plans.detail.linesIntro")}>
        {plan.lines.length === 0 ? (
          <EmptyState>{t("plans.detail.noLines")}</EmptyState>
        ) : (
          <TableCard caption={t("plans.detail.linesTitle")}>
            <TableHead
              columns={[
                c("program"),
                c("host"),
                c("mode"),
                c("funding"),
                { label: c("planned"), className: "text-right" },
                { label: c("classes"), className: "text-right" },
                { label: c("opened"), className: "text-right" },
                { label: c("finished"), className: "text-right" },
                { label: c("carriedOver"), className: "text-right" },
                { label: c("learners"), className: "text-right" },
                c("outcome"),
                c("actions"),
              ]}
            />
            <tbody>
              {plan.lines.map((line) => (
                <tr key={line.id} className={rowClass}>
                  <td className={tdClass}>
                    {line.program.name}
                    {line.classes.length > 0 ? (
                      <ul className="mt-1 flex flex-col gap-1 text-xs">
                        {line.classes.map((cls) => (
                          <li key={cls.id} className="flex flex-wrap items-center gap-1">
                            <Link href={`/classes/${cls.id}`} className={linkClass}>{cls.code}</Link>
                            <ClassStatusBadge status={cls.status} t={t} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td className={tdClass}>{line.host?.name ?? "—"}</td>
                  <td className={tdClass}>{line.mode ? t(`plans.enums.studyMode.${line.mode}`) : "—"}</td>
                  <td className={tdClass}>{line.fundingSource ?? "—"}</td>
                  <td className={num}>{t("plans.detail.plannedValue", { classes: n(line.plannedClasses), learners: n(line.plannedLearners) })}</td>
                  <td className={num}>{n(line.actual.classes)}</td>
                  <td className={num}>{n(line.actual.opened)}</td>
                  <td className={num}>{n(line.actual.finished)}</td>
                  <td className={num}>{n(line.actual.carriedOver)}</td>
                  <td className={num}>{n(line.actual.learners)}</td>
                  <td className={tdClass}>
                    <OutcomeBadge outcome={line.outcome} t={t} />
                    {line.outcomeReason ? <p className="mt-1 text-xs text-slate-600">{line.outcomeReason}</p> : null}
                  </td>
                  <td className={`${tdClass} flex flex-col gap-2`}>
                    {plan.canPlanClasses ? (
                      <Link href={`/classes/new?planLineId=${line.id}`} className={linkClass} aria-label={`${t("plans.detail.planClass")}: ${line.program.name}`}>
                        {t("plans.detail.planClass")}
                      </Link>
                    ) : null}
                    {plan.canEditLines ? (
                      <ActionForm
                        action={deletePlanLineAction}
                        fields={[
                          { kind: "hidden", name: "planId", value: plan.id },
                          { kind: "hidden", name: "lineId", value: line.id },
                        ]}
                        submitLabel={t("plans.detail.deleteLine")}
                        pendingLabel={saving}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
              <tr className="bg-slate-50 font-semibold">
                <th scope="row" className={tdClass} colSpan={4}>{t("plans.detail.total")}</th>
                <td className={num}>{t("plans.detail.plannedValue", { classes: n(plan.totals.plannedClasses), learners: n(plan.totals.plannedLearners) })}</td>
                <td className={num}>{n(plan.totals.actual.classes)}</td>
                <td className={num}>{n(plan.totals.actual.opened)}</td>
                <td className={num}>{n(plan.totals.actual.finished)}</td>
                <td className={num}>{n(plan.totals.actual.carriedOver)}</td>
                <td className={num}>{n(plan.totals.actual.learners)}</td>
                <td className={tdClass} colSpan={2} />
              </tr>
            </tbody>
          </TableCard>
        )}
      </Section>

      {options ? (
        <Section id="add-line" title={t("plans.detail.addLineTitle")}>
          <ActionForm
            action={addPlanLineAction}
            submitLabel={t("plans.detail.addLine")}
            pendingLabel={saving}
            columns={3}
            fields={[
              { kind: "hidden", name: "planId", value: plan.id },
              { kind: "select", name: "programId", label: t("plans.fields.program"), options: options.programs.map((p) => ({ value: p.id, label: p.name })), placeholder: t("training.common.choose"), required: true },
              { kind: "select", name: "hostUnitId", label: t("plans.fields.host"), options: options.hosts.map((h) => ({ value: h.id, label: h.name })), placeholder: t("training.common.choose"), required: true },
              { kind: "select", name: "mode", label: t("plans.fields.mode"), options: STUDY_MODES.map((m) => ({ value: m, label: t(`plans.enums.studyMode.${m}`) })), placeholder: t("training.common.choose"), required: true },
              { kind: "number", name: "plannedClasses", label: t("plans.fields.plannedClasses"), defaultValue: "1", required: true, min: 0 },
              { kind: "number", name: "plannedLearners", label: t("plans.fields.plannedLearners"), defaultValue: "80", required: true, min: 0 },
              { kind: "text", name: "fundingSource", label: t("plans.fields.fundingSource") },
              { kind: "text", name: "note", label: t("plans.fields.note") },
            ]}
          />
        </Section>
      ) : null}

      {options && plan.lines.length > 0 ? (
        <Section id="edit-lines" title={t("plans.detail.editLinesTitle")}>
          <div className="flex flex-col gap-6">
            {plan.lines.map((line) => (
              <div key={line.id} className="border-b border-slate-100 pb-4 last:border-0">
                <h3 className="mb-2 font-medium text-slate-900">{`${line.program.name} — ${line.host?.name ?? ""}`}</h3>
                <ActionForm
                  action={updatePlanLineAction}
                  idPrefix={`line-${line.id}`}
                  ariaLabel={`${t("plans.detail.editLinesTitle")}: ${line.program.name} — ${line.host?.name ?? ""}`}
                  submitLabel={t("plans.detail.saveLine")}
                  pendingLabel={saving}
                  columns={3}
                  fields={[
                    { kind: "hidden", name: "planId", value: plan.id },
                    { kind: "hidden", name: "lineId", value: line.id },
                    { kind: "select", name: "programId", label: t("plans.fields.program"), options: options.programs.map((p) => ({ value: p.id, label: p.name })), defaultValue: line.program.id, required: true },
                    { kind: "select", name: "hostUnitId", label: t("plans.fields.host"), options: options.hosts.map((h) => ({ value: h.id, label: h.name })), defaultValue: line.host?.id ?? "", placeholder: t("training.common.choose"), required: true },
                    { kind: "select", name: "mode", label: t("plans.fields.mode"), options: STUDY_MODES.map((m) => ({ value: m, label: t(`plans.enums.studyMode.${m}`) })), defaultValue: line.mode ?? "", placeholder: t("training.common.choose"), required: true },
                    { kind: "number", name: "plannedClasses", label: t("plans.fields.plannedClasses"), defaultValue: String(line.plannedClasses), required: true, min: 0 },
                    { kind: "number", name: "plannedLearners", label: t("plans.fields.plannedLearners"), defaultValue: String(line.plannedLearners), required: true, min: 0 },
                    { kind: "text", name: "fundingSource", label: t("plans.fields.fundingSource"), defaultValue: line.fundingSource ?? "" },
                    { kind: "text", name: "note", label: t("plans.fields.note"), defaultValue: line.note ?? "" },
                  ]}
                />
              </div>
            ))}
          </div>
        </Section>
      ) : null}

      {plan.canRecordOutcome && plan.lines.length > 0 ? (
        <Section id="outcomes" title={t("plans.detail.outcomeTitle")}>
          <div className="flex flex-col gap-6">
            {plan.lines.map((line) => (
              <div key={line.id} className="border-b border-slate-100 pb-4 last:border-0">
                <h3 className="mb-2 font-medium text-slate-900">{`${line.program.name} — ${line.host?.name ?? ""}`}</h3>
                <ActionForm
                  action={recordLineOutcomeAction}
                  idPrefix={`outcome-${line.id}`}
                  ariaLabel={`${t("plans.detail.outcomeTitle")}: ${line.program.name} — ${line.host?.name ?? ""}`}
                  submitLabel={t("plans.detail.saveOutcome")}
                  pendingLabel={saving}
                  columns={3}
                  fields={[
                    { kind: "hidden", name: "planId", value: plan.id },
                    { kind: "hidden", name: "lineId", value: line.id },
                    { kind: "select", name: "outcome", label: t("plans.fields.outcome"), options: LINE_OUTCOMES.map((o) => ({ value: o, label: t(`plans.enums.outcome.${o}`) })), defaultValue: line.outcome === "PENDING" ? "" : line.outcome, placeholder: t("training.common.choose"), required: true },
                    { kind: "number", name: "notDoneClasses", label: t("plans.fields.notDoneClasses"), defaultValue: String(line.notDoneClasses), min: 0 },
                    { kind: "number", name: "notDoneLearners", label: t("plans.fields.notDoneLearners"), defaultValue: String(line.notDoneLearners), min: 0 },
                    { kind: "text", name: "outcomeReason", label: t("plans.fields.outcomeReason"), defaultValue: line.outcomeReason ?? "" },
                  ]}
                />
              </div>
            ))}
          </div>
        </Section>
      ) : null}
    </div>
  );
}
