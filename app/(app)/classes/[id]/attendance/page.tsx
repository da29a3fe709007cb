import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { getAttendanceSheet } from "@/lib/data/attendance";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ATTENDANCE_STATUSES } from "@/lib/validation/attendance";
import { firstParam, type SearchParams } from "@/components/training/format";
import { Badge, Notice, PageHeader, rowClass, secondaryButtonClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import { AttendanceForm } from "@/components/enrolment/attendance-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("enrolment.attendance.title") };
}

export default async function AttendancePage({ params, searchParams }: Props) {
  const viewer = await requirePagePermission("attendance.write");
  const { id } = await params;
  const sessionParam = firstParam((await searchParams).session)?.slice(0, 64) || undefined;
  const view = await orNotFound(getAttendanceSheet(viewer, id, sessionParam));
  const [t, locale] = [await getTranslator(), await getLocale()];
  const c = view.trainingClass;
  const sessionLabel = (s: { date: Date; part: "MORNING" | "AFTERNOON" | "EVENING" }) => ({ date: formatDate(s.date, locale), part: t(`enrolment.enums.sessionPart.${s.part}`) });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("enrolment.attendance.title")}
        intro={t("enrolment.attendance.classLine", { name: c.name, code: c.code, host: c.hostName })}
        back={{ href: `/classes/${c.id}`, label: t("enrolment.attendance.back", { code: c.code }) }}
      />
      {view.sessions.length === 0 ? (
        <Notice>{t("enrolment.attendance.noSessions")}</Notice>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-72 flex-col gap-1">
            <label htmlFor="attendance-session" className="text-sm font-medium text-slate-700">{t("enrolment.attendance.session")}</label>
            <select
              id="attendance-session"
              name="session"
              defaultValue={view.session?.id}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
            >
              {view.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {t("enrolment.attendance.sessionOption", { ...sessionLabel(s), subject: s.subjectName ?? s.topic ?? "" })}
                  {s.taken ? ` ✓ ${t("enrolment.attendance.taken")}` : ""}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass}>{t("enrolment.attendance.show")}</button>
        </form>
      )}

      {view.session ? (
        <Section title={t("enrolment.attendance.sessionTitle", sessionLabel(view.session))} intro={view.session.subjectName ?? view.session.topic ?? undefined} id="session">
          {view.rows.length === 0 ? (
            <p className="text-slate-600">{t("enrolment.attendance.noLearners")}</p>
          ) : view.canSave ? (
            <AttendanceForm
              classId={c.id}
              sessionId={view.session.id}
              rows={view.rows.map((row) => ({
                enrolmentId: row.enrolmentId,
                name: row.learner.fullName,
                birthDate: formatDate(row.learner.birthDate, locale),
                status: row.status ?? "",
                note: row.note ?? "",
              }))}
              labels={{
                index: t("training.common.index"),
                name: t("enrolment.attendance.columns.name"),
                birthDate: t("enrolment.attendance.columns.birthDate"),
                status: t("enrolment.attendance.columns.status"),
                note: t("enrolment.attendance.columns.note"),
                statusFor: t("enrolment.attendance.statusFor"),
                noteFor: t("enrolment.attendance.noteFor"),
                save: t("enrolment.attendance.save"),
                saving: t("enrolment.attendance.saving"),
                statuses: ATTENDANCE_STATUSES.map((value) => ({ value, label: t(`enrolment.enums.attendanceStatus.${value}`) })),
              }}
            />
          ) : (
            <Notice tone="warning">{t("enrolment.attendance.readOnly")}</Notice>
          )}
        </Section>
      ) : null}

      {view.rows.length > 0 ? (
        <Section title={t("enrolment.attendance.summaryTitle")} intro={t("enrolment.attendance.summaryIntro", { min: view.minAttendancePct })} id="summary">
          <TableCard>
            <TableHead
              columns={[
                t("training.common.index"),
                t("enrolment.attendance.summaryColumns.name"),
                { label: t("enrolment.attendance.summaryColumns.attended"), className: "text-right" },
                { label: t("enrolment.attendance.summaryColumns.pct"), className: "text-right" },
                t("enrolment.attendance.summaryColumns.flag"),
              ]}
            />
            <tbody>
              {view.rows.map((row, index) => (
                <tr key={row.enrolmentId} className={rowClass}>
                  <td className={`${tdClass} text-slate-500`}>{formatNumber(index + 1, locale)}</td>
                  <th scope="row" className={`${tdClass} text-left font-medium`}>{row.learner.fullName}</th>
                  <td className={`${tdClass} text-right tabular-nums`}>{`${formatNumber(row.summary.attended, locale)}/${formatNumber(row.summary.taken, locale)}`}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{row.summary.pct === null ? "—" : `${formatNumber(row.summary.pct, locale)}%`}</td>
                  <td className={tdClass}>
                    {row.summary.pct === null ? (
                      <Badge tone="slate">{t("enrolment.attendance.noData")}</Badge>
                    ) : row.summary.belowMinimum ? (
                      <Badge tone="red">{t("enrolment.attendance.below", { min: view.minAttendancePct })}</Badge>
                    ) : (
                      <Badge tone="green">{t("enrolment.attendance.ok")}</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableCard>
        </Section>
      ) : null}
    </div>
  );
}
