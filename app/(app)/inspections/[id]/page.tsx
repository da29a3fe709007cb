import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getInspectionPlan } from "@/lib/data/inspections";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { TEAM_ROLES } from "@/lib/validation/inspections";
import { firstParam, type SearchParams } from "@/components/training/format";
import { ActionForm } from "@/components/action-form";
import { InspectionStatusBadge } from "@/components/inspections/badges";
import { DefinitionList, EmptyState, linkClass, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import { addTeamMemberAction, completeInspectionPlanAction, issueInspectionPlanAction, recordVisitAction, removeTeamMemberAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.plans.title") };
}

const SAVED = { created: "created", issued: "issued", completed: "completed", memberAdded: "memberAdded", memberRemoved: "memberRemoved" } as const;

export default async function InspectionPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("inspections.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { id } = await params;
  const plan = await orNotFound(getInspectionPlan(viewer, id));
  const saved = SAVED[firstParam((await searchParams).saved) as keyof typeof SAVED];
  const draft = plan.status === "DRAFT";
  const visiting = plan.status === "ISSUED" || plan.status === "IN_PROGRESS";
  const v = (name: "unitId" | "visitDate" | "reviewed" | "findings" | "strengths" | "shortcomings" | "conclusion") => t(`inspections.visits.fields.${name}`);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`${plan.code}: ${plan.title}`} back={{ href: "/inspections", label: t("inspections.plans.back") }} />
      {saved ? <Notice tone="success">{t(`inspections.plans.${saved}`)}</Notice> : null}

      <Section id="plan-details" title={t("inspections.plans.columns.title")}>
        <DefinitionList
          columns={3}
          items={[
            { label: t("inspections.plans.fields.code"), value: plan.code },
            { label: t("inspections.plans.columns.status"), value: <InspectionStatusBadge status={plan.status} t={t} /> },
            { label: t("inspections.plans.board"), value: plan.board.name },
            { label: t("inspections.plans.fields.issuedAt"), value: formatDate(plan.issuedAt, locale) || "—" },
            { label: t("inspections.plans.columns.dates"), value: t("inspections.plans.dateRange", { from: formatDate(plan.startDate, locale), to: formatDate(plan.endDate, locale) }) },
            { label: t("inspections.plans.fields.content"), value: plan.content ?? "—" },
          ]}
        />
        {plan.canWrite && (draft || plan.status === "IN_PROGRESS") ? (
          <div className="mt-4">
            <ActionForm
              action={draft ? issueInspectionPlanAction : completeInspectionPlanAction}
              fields={[{ kind: "hidden", name: "id", value: plan.id }]}
              columns={1}
              density="compact"
              submitLabel={t(draft ? "inspections.plans.issue" : "inspections.plans.complete")}
              pendingLabel={t(draft ? "inspections.plans.issuing" : "inspections.plans.completing")}
              idPrefix="plan-status"
            />
          </div>
        ) : null}
      </Section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Section id="plan-targets" title={t("inspections.plans.targets")}>
          <ul className="list-disc pl-5">
            {plan.targets.map((target) => (
              <li key={target.unit.id}>
                {target.unit.name}
                {target.scheduledDate ? ` (${formatDate(target.scheduledDate, locale)})` : ""}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="plan-team" title={t("inspections.plans.team")}>
          {plan.team.length === 0 ? (
            <p className="text-slate-600">{t("inspections.plans.teamEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {plan.team.map((member) => (
                <li key={member.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <strong>{member.name}</strong>
                    {member.position ? `, ${member.position}` : ""} — {t(`inspections.enums.teamRole.${member.role}`)}
                  </span>
                  {plan.canWrite && draft ? (
                    <ActionForm
                      action={removeTeamMemberAction}
                      fields={[{ kind: "hidden", name: "memberId", value: member.id }]}
                      columns={1}
                      density="compact"
                      submitLabel={t("inspections.plans.member.remove", { name: member.name })}
                      pendingLabel={t("common.saving")}
                      idPrefix={`remove-${member.id}`}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {plan.canWrite && draft ? (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <ActionForm
                action={addTeamMemberAction}
                ariaLabel={t("inspections.plans.member.add")}
                idPrefix="member"
                columns={1}
                density="compact"
                fields={[
                  { kind: "hidden", name: "planId", value: plan.id },
                  { kind: "text", name: "name", label: t("inspections.plans.member.name"), required: true },
                  { kind: "text", name: "position", label: t("inspections.plans.member.position") },
                  {
                    kind: "select",
                    name: "role",
                    label: t("inspections.plans.member.role"),
                    required: true,
                    placeholder: t("training.common.choose"),
                    options: TEAM_ROLES.map((role) => ({ value: role, label: t(`inspections.enums.teamRole.${role}`) })),
                  },
                ]}
                submitLabel={t("inspections.plans.member.add")}
                pendingLabel={t("common.saving")}
              />
            </div>
          ) : null}
        </Section>
      </div>

      <Section id="plan-visits" title={t("inspections.plans.visits")}>
        {plan.visits.length === 0 ? (
          <EmptyState>{t("inspections.plans.visitsEmpty")}</EmptyState>
        ) : (
          <TableCard>
            <TableHead
              columns={[
                t("inspections.visits.fields.visitDate"),
                t("inspections.visits.fields.unitId"),
                t("inspections.visits.fields.findings"),
                { label: t("inspections.visits.recommendations"), className: "text-right" },
              ]}
            />
            <tbody>
              {plan.visits.map((visit) => (
                <tr key={visit.id} className={rowClass}>
                  <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{formatDate(visit.visitDate, locale)}</td>
                  <td className={tdClass}>
                    <Link href={`/inspections/visits/${visit.id}`} className={linkClass} aria-label={t("inspections.plans.openVisit", { unit: visit.unit.name })}>
                      {visit.unit.name}
                    </Link>
                  </td>
                  <td className={`${tdClass} max-w-xl`}>{visit.findings}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(visit._count.recommendations, locale)}</td>
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
        {plan.canWrite && visiting ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-3 font-semibold text-slate-900">{t("inspections.plans.recordVisit")}</h3>
            <ActionForm
              action={recordVisitAction}
              ariaLabel={t("inspections.plans.recordVisit")}
              idPrefix="visit"
              columns={2}
              density="compact"
              fields={[
                { kind: "hidden", name: "planId", value: plan.id },
                { kind: "select", name: "unitId", label: v("unitId"), required: true, placeholder: t("training.common.choose"), options: plan.targets.map((x) => ({ value: x.unit.id, label: x.unit.name })) },
                { kind: "date", name: "visitDate", label: v("visitDate"), required: true },
                { kind: "textarea", name: "reviewed", label: v("reviewed"), wide: true },
                { kind: "textarea", name: "findings", label: v("findings"), required: true, rows: 4, wide: true },
                { kind: "textarea", name: "strengths", label: v("strengths") },
                { kind: "textarea", name: "shortcomings", label: v("shortcomings") },
                { kind: "textarea", name: "conclusion", label: v("conclusion"), wide: true },
              ]}
              submitLabel={t("inspections.visits.submit")}
              pendingLabel={t("common.saving")}
            />
          </div>
        ) : null}
      </Section>
    </div>
  );
}
