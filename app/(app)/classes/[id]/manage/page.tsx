import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getClassFormOptions, getClassManagement } from "@/lib/data/class-planning";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { z } from "zod";
import { CLASS_STATUSES, SESSION_PARTS } from "@/lib/validation/class-planning";
import { plainParams, type SearchParams } from "@/components/training/format";
import { ActionForm } from "@/components/action-form";
import { ClassPlanningFields } from "@/components/plans/class-fields";
import { ClassStatusBadge } from "@/components/training/badges";
import { DefinitionList, EmptyState, linkClass, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import {
  addSessionAction,
  assignLecturerAction,
  removeAssignmentAction,
  removeSessionAction,
  transitionClassAction,
  updateClassPlanningAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.classes.lifecycleTitle") };
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function ManageClassPage({ params, searchParams }: Props) {
  const viewer = await requirePagePermission("classes.write");
  const { id } = await params;
  const [t, locale] = [await getTranslator(), await getLocale()];
  const cls = await orNotFound(getClassManagement(viewer, id));
  const done = z.enum(CLASS_STATUSES).optional().catch(undefined).parse(plainParams(await searchParams).done);
  const options = cls.planningEditable ? await getClassFormOptions(viewer) : null;
  const saving = t("common.saving");
  const choose = t("training.common.choose");
  const lecturerOptions = cls.lecturers.map((l) => ({ value: l.id, label: `${l.fullName} (${l.unit.name})` }));
  const subjectOptions = cls.subjects.map((s) => ({ value: s.id, label: `${s.code} – ${s.name}` }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("plans.classes.manageTitle", { name: cls.name })}
        back={{ href: "/classes", label: t("plans.classes.back") }}
        actions={<Link href={`/classes/${cls.id}`} className={linkClass}>{t("plans.classes.openClass")}</Link>}
      />

      {done && done === cls.status ? <Notice tone="success">{t("plans.classes.statusChanged", { status: t(`domain.classStatus.${done}`) })}</Notice> : null}

      <Section id="class-summary" title={t("plans.classes.summary")}>
        <DefinitionList
          columns={3}
          items={[
            { label: t("plans.classes.fields.code"), value: cls.code },
            { label: t("plans.detail.status"), value: <ClassStatusBadge status={cls.status} t={t} /> },
            { label: t("plans.fields.program"), value: cls.program.name },
            { label: t("plans.fields.host"), value: cls.host.name },
            { label: t("plans.fields.mode"), value: t(`plans.enums.studyMode.${cls.mode}`) },
            { label: t("plans.classes.dates"), value: t("training.common.dateRange", { from: formatDate(cls.startDate, locale), to: formatDate(cls.endDate, locale) }) },
            { label: t("plans.classes.fields.plannedSize"), value: formatNumber(cls.plannedSize, locale) },
            { label: t("plans.classes.ruleVersion"), value: cls.ruleVersion.name },
            { label: t("plans.fields.fundingSource"), value: cls.fundingSource ?? "—" },
          ]}
        />
      </Section>

      <Section id="lifecycle" title={t("plans.classes.lifecycleTitle")} intro={t("plans.classes.lifecycleIntro")}>
        <div className="flex flex-col gap-4">
          {cls.next.length > 0 ? (
            <div className="flex flex-wrap gap-3">
              {cls.next.map((to) => (
                <ActionForm
                  key={to}
                  action={transitionClassAction}
                  fields={[
                    { kind: "hidden", name: "classId", value: cls.id },
                    { kind: "hidden", name: "to", value: to },
                  ]}
                  submitLabel={t(`plans.classes.actions.${to as "APPROVED" | "ENROLLING" | "IN_PROGRESS" | "FINISHED"}`)}
                  pendingLabel={saving}
                />
              ))}
            </div>
          ) : null}
          {cls.canCancel ? (
            <div className="max-w-xl">
              <ActionForm
                action={transitionClassAction}
                idPrefix="cancel"
                columns={1}
                fields={[
                  { kind: "hidden", name: "classId", value: cls.id },
                  { kind: "hidden", name: "to", value: "CANCELLED" },
                  { kind: "text", name: "reason", label: t("plans.classes.cancelReason") },
                ]}
                submitLabel={t("plans.classes.cancel")}
                pendingLabel={saving}
              />
            </div>
          ) : null}
          {cls.cancelReason ? <p className="text-sm text-slate-700">{`${t("plans.classes.cancelReason")}: ${cls.cancelReason}`}</p> : null}
          <div>
            <h3 className="font-medium text-slate-900">{t("plans.classes.history")}</h3>
            <ol className="mt-2 flex flex-col gap-1 text-sm text-slate-700">
              {cls.statusChanges.map((change) => (
                <li key={change.id}>
                  {t("plans.classes.historyItem", {
                    date: formatDate(change.at, locale),
                    from: change.fromStatus ? t(`domain.classStatus.${change.fromStatus}`) : "—",
                    to: t(`domain.classStatus.${change.toStatus}`),
                  })}
                  {change.byUser ? ` ${t("plans.classes.historyBy", { name: change.byUser.fullName })}` : ""}
                  {change.reason ? ` — ${change.reason}` : ""}
                </li>
              ))}
            </ol>
          </div>
        </div>
      </Section>

      <Section id="assignments" title={t("plans.classes.assignmentsTitle")} intro={t("plans.classes.assignmentsIntro")}>
        <div className="flex flex-col gap-4">
          <TableCard caption={t("plans.classes.assignmentsTitle")}>
            <TableHead columns={[t("plans.classes.subject"), t("plans.classes.lecturer")]} />
            <tbody>
              {cls.subjects.map((subject) => {
                const assigned = cls.assignments.filter((a) => a.subjectId === subject.id);
                return (
                  <tr key={subject.id} className={rowClass}>
                    <td className={tdClass}>{`${subject.code} – ${subject.name}`}</td>
                    <td className={tdClass}>
                      {assigned.length === 0 ? <span className="text-slate-500">{t("plans.classes.noLecturer")}</span> : null}
                      <ul className="flex flex-col gap-1">
                        {assigned.map((a) => (
                          <li key={a.id} className="flex flex-wrap items-center gap-2">
                            <span>{a.lecturer.fullName}</span>
                            {cls.scheduleEditable ? (
                              <ActionForm
                                action={removeAssignmentAction}
                                fields={[
                                  { kind: "hidden", name: "classId", value: cls.id },
                                  { kind: "hidden", name: "itemId", value: a.id },
                                ]}
                                submitLabel={t("plans.classes.unassign")}
                                pendingLabel={saving}
                              />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableCard>
          {cls.scheduleEditable ? (
            <ActionForm
              action={assignLecturerAction}
              idPrefix="assign"
              submitLabel={t("plans.classes.assign")}
              pendingLabel={saving}
              fields={[
                { kind: "hidden", name: "classId", value: cls.id },
                { kind: "select", name: "subjectId", label: t("plans.classes.subject"), options: subjectOptions, placeholder: choose, required: true },
                { kind: "select", name: "lecturerId", label: t("plans.classes.lecturer"), options: lecturerOptions, placeholder: choose, required: true },
              ]}
            />
          ) : null}
        </div>
      </Section>

      <Section id="timetable" title={t("plans.classes.timetableTitle")}>
        <div className="flex flex-col gap-4">
          {cls.sessions.length === 0 ? (
            <EmptyState>{t("plans.classes.noSessions")}</EmptyState>
          ) : (
            <TableCard caption={t("plans.classes.timetableTitle")}>
              <TableHead
                columns={[
                  t("plans.classes.session.date"),
                  t("plans.classes.session.part"),
                  t("plans.classes.subject"),
                  t("plans.classes.lecturer"),
                  { label: t("plans.classes.session.periods"), className: "text-right" },
                  t("plans.classes.session.room"),
                  { label: t("plans.detail.columns.actions"), srOnly: true },
                ]}
              />
              <tbody>
                {cls.sessions.map((s) => (
                  <tr key={s.id} className={rowClass}>
                    <td className={`${tdClass} tabular-nums`}>{formatDate(s.date, locale)}</td>
                    <td className={tdClass}>{t(`plans.enums.sessionPart.${s.part}`)}</td>
                    <td className={tdClass}>{s.subject?.name ?? "—"}</td>
                    <td className={tdClass}>{s.lecturer?.fullName ?? "—"}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(s.periods, locale)}</td>
                    <td className={tdClass}>{s.room ?? ""}</td>
                    <td className={tdClass}>
                      {cls.scheduleEditable ? (
                        <ActionForm
                          action={removeSessionAction}
                          fields={[
                            { kind: "hidden", name: "classId", value: cls.id },
                            { kind: "hidden", name: "itemId", value: s.id },
                          ]}
                          submitLabel={t("plans.classes.session.remove")}
                          pendingLabel={saving}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableCard>
          )}
          {cls.scheduleEditable ? (
            <ActionForm
              action={addSessionAction}
              idPrefix="session"
              columns={3}
              submitLabel={t("plans.classes.session.add")}
              pendingLabel={saving}
              fields={[
                { kind: "hidden", name: "classId", value: cls.id },
                { kind: "date", name: "date", label: t("plans.classes.session.date"), required: true },
                { kind: "select", name: "part", label: t("plans.classes.session.part"), options: SESSION_PARTS.map((p) => ({ value: p, label: t(`plans.enums.sessionPart.${p}`) })), placeholder: choose, required: true },
                { kind: "select", name: "subjectId", label: t("plans.classes.subject"), options: subjectOptions, placeholder: choose, required: true },
                { kind: "select", name: "lecturerId", label: t("plans.classes.lecturer"), options: lecturerOptions, placeholder: choose },
                { kind: "number", name: "periods", label: t("plans.classes.session.periods"), defaultValue: "5", required: true, min: 1 },
                { kind: "text", name: "room", label: t("plans.classes.session.room") },
              ]}
            />
          ) : null}
        </div>
      </Section>

      {options ? (
        <Section id="edit-planning" title={t("plans.classes.editTitle")}>
          <ActionForm
            action={updateClassPlanningAction}
            idPrefix="edit"
            submitLabel={t("plans.classes.save")}
            pendingLabel={saving}
            fields={ClassPlanningFields({
              t,
              programs: options.programs,
              hosts: options.hosts,
              initial: {
                classId: cls.id,
                code: cls.code,
                name: cls.name,
                programId: cls.programId,
                hostUnitId: cls.hostUnitId,
                mode: cls.mode,
                location: cls.location ?? "",
                plannedSize: String(cls.plannedSize),
                fundingSource: cls.fundingSource ?? "",
                startDate: isoDay(cls.startDate),
                endDate: isoDay(cls.endDate),
              },
            })}
          />
        </Section>
      ) : null}
    </div>
  );
}
