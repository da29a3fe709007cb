import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { getPlanProgress, listProgressYears } from "@/lib/data/plan-progress";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { todayInVietnam } from "@/lib/validation/fields";
import { YearFilterSchema } from "@/lib/validation/inspections";
import { plainParams, type SearchParams } from "@/components/training/format";
import { ProgressTable } from "@/components/inspections/progress-table";
import { EmptyState, PageHeader, rowClass, secondaryButtonClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.progress.title") };
}

export default async function PlanProgressPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("dashboards.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const year = YearFilterSchema.parse(plainParams(await searchParams)).year ?? currentYear;
  const [progress, years] = await Promise.all([getPlanProgress(viewer, year), listProgressYears(viewer, currentYear)]);
  const unassigned = t("inspections.progress.unassigned");
  const byUnit = progress.byUnit.map((row) => (row.id === null ? { ...row, name: unassigned } : row));
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("inspections.progress.title")}
        intro={t("inspections.progress.intro")}
        actions={
          <a href={`/progress/export?year=${year}`} className={secondaryButtonClass} download>
            {t("inspections.progress.export")}
          </a>
        }
      />
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-col gap-1">
          <label htmlFor="progress-year" className="text-sm font-medium text-slate-700">{t("inspections.progress.year")}</label>
          <select id="progress-year" name="year" defaultValue={String(year)} className={select}>
            {(years.includes(year) ? years : [year, ...years]).map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("inspections.progress.show")}</button>
      </form>

      {byUnit.length === 0 ? (
        <EmptyState>{t("inspections.progress.empty", { year })}</EmptyState>
      ) : (
        <>
          <Section id="progress-units" title={t("inspections.progress.byUnit")}>
            <ProgressTable
              rows={byUnit}
              total={progress.total}
              firstColumn={t("inspections.progress.unit")}
              caption={t("inspections.progress.byUnit")}
              classesHref={(row) => (row.id ? `/classes?hostUnitId=${row.id}&year=${year}` : null)}
              t={t}
              locale={locale}
            />
          </Section>
          <Section id="progress-programs" title={t("inspections.progress.byProgram")}>
            <ProgressTable rows={progress.byProgram} total={progress.total} firstColumn={t("inspections.progress.program")} caption={t("inspections.progress.byProgram")} t={t} locale={locale} />
          </Section>
          {progress.reasons.length > 0 ? (
            <Section id="progress-reasons" title={t("inspections.progress.reasons")}>
              <TableCard>
                <TableHead
                  columns={[
                    t("inspections.progress.program"),
                    t("inspections.progress.reasonHost"),
                    t("inspections.progress.outcome"),
                    { label: t("inspections.progress.reasonClasses"), className: "text-right" },
                    t("inspections.progress.reasonText"),
                  ]}
                />
                <tbody>
                  {progress.reasons.map((r) => (
                    <tr key={r.id} className={rowClass}>
                      <td className={tdClass}>{r.program.name}</td>
                      <td className={tdClass}>{r.host?.name ?? unassigned}</td>
                      <td className={tdClass}>{t(`inspections.enums.outcome.${r.outcome}`)}</td>
                      <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(r.notDoneClasses, locale)}</td>
                      <td className={tdClass}>{r.outcomeReason}</td>
                    </tr>
                  ))}
                </tbody>
              </TableCard>
            </Section>
          ) : null}
        </>
      )}
    </div>
  );
}
