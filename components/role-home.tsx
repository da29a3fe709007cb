import type { Viewer } from "@/lib/auth/viewer-types";
import type { HomeSummary } from "@/lib/data/dashboard";
import type { Locale, Translator } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

const STATUSES = ["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS", "FINISHED", "CANCELLED"] as const;

function Stat({ label, value, locale }: { label: string; value: number; locale: Locale }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900">{formatNumber(value, locale)}</dd>
    </div>
  );
}

/** The home page of every role: a greeting and the figures of its scope. */
export function RoleHome({ viewer, summary, t, locale }: { viewer: Viewer; summary: HomeSummary; t: Translator; locale: Locale }) {
  const totalClasses = Object.values(summary.classesByStatus).reduce((sum, n) => sum + (n ?? 0), 0);
  const stats = [
    summary.learners !== null ? { label: t("home.role.learners"), value: summary.learners } : null,
    Object.keys(summary.classesByStatus).length > 0 ? { label: t("home.role.classes"), value: totalClasses } : null,
    summary.sheetsOpen !== null ? { label: t("home.role.sheetsOpen"), value: summary.sheetsOpen } : null,
    summary.sheetsFinalized !== null ? { label: t("home.role.sheetsFinalized"), value: summary.sheetsFinalized } : null,
    summary.users !== null ? { label: t("home.role.users"), value: summary.users } : null,
    summary.lockedUsers !== null ? { label: t("home.role.lockedUsers"), value: summary.lockedUsers } : null,
  ].filter((s): s is { label: string; value: number } => s !== null);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("home.role.greeting", { name: viewer.fullName })}</h1>
        <p className="text-slate-600">{t("home.role.actingAs", { role: t(`domain.role.${viewer.role}`), unit: viewer.unitName })}</p>
      </div>
      {stats.length > 0 ? (
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
          {stats.map((s) => <Stat key={s.label} label={s.label} value={s.value} locale={locale} />)}
        </dl>
      ) : (
        <p className="text-slate-600">{t("home.role.nothingYet")}</p>
      )}
      {totalClasses > 0 ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("home.role.classesByStatus")}</h2>
          <table className="w-full max-w-lg border-collapse overflow-hidden rounded-lg bg-white text-left shadow-sm">
            <tbody>
              {STATUSES.map((status) => (
                <tr key={status} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-4 py-2 font-normal text-slate-700">{t(`domain.classStatus.${status}`)}</th>
                  <td className="px-4 py-2 text-right font-semibold">{formatNumber(summary.classesByStatus[status] ?? 0, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {summary.teaching.length > 0 ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("home.role.teaching")}</h2>
          <ul className="list-disc pl-6 text-slate-700">
            {summary.teaching.map((a) => <li key={`${a.classCode}-${a.subjectName}`}>{a.className} ({a.classCode}) — {a.subjectName}</li>)}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
