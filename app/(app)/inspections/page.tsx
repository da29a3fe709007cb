import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listInspectionPlans } from "@/lib/data/inspections";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { YearFilterSchema } from "@/lib/validation/inspections";
import { plainParams, type SearchParams } from "@/components/training/format";
import { InspectionStatusBadge } from "@/components/inspections/badges";
import { ButtonLink, EmptyState, linkClass, PageHeader, rowClass, secondaryButtonClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.plans.title") };
}

export default async function InspectionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("inspections.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { year } = YearFilterSchema.parse(plainParams(await searchParams));
  const list = await listInspectionPlans(viewer, { year });
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("inspections.plans.title")}
        intro={t("inspections.plans.intro")}
        actions={
          <>
            <Link href="/inspections/recommendations" className={secondaryButtonClass}>{t("inspections.plans.recommendations")}</Link>
            {list.canCreate ? <ButtonLink href="/inspections/new">{t("inspections.plans.new")}</ButtonLink> : null}
          </>
        }
      />
      {list.years.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-col gap-1">
            <label htmlFor="inspection-year" className="text-sm font-medium text-slate-700">{t("inspections.plans.filterYear")}</label>
            <select id="inspection-year" name="year" defaultValue={year?.toString() ?? ""} className={select}>
              <option value="">{t("inspections.plans.all")}</option>
              {list.years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("inspections.plans.apply")}</button>
        </form>
      ) : null}
      {list.rows.length === 0 ? (
        <EmptyState>{t("inspections.plans.empty")}</EmptyState>
      ) : (
        <TableCard>
          <TableHead
            columns={[
              t("inspections.plans.columns.code"),
              t("inspections.plans.columns.title"),
              t("inspections.plans.columns.dates"),
              t("inspections.plans.columns.targets"),
              { label: t("inspections.plans.columns.visits"), className: "text-right" },
              t("inspections.plans.columns.status"),
            ]}
          />
          <tbody>
            {list.rows.map((plan) => (
              <tr key={plan.id} className={`${rowClass} hover:bg-slate-50`}>
                <td className={`${tdClass} whitespace-nowrap`}>{plan.code}</td>
                <td className={tdClass}>
                  <Link href={`/inspections/${plan.id}`} className={linkClass}>{plan.title}</Link>
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {t("inspections.plans.dateRange", { from: formatDate(plan.startDate, locale), to: formatDate(plan.endDate, locale) })}
                </td>
                <td className={tdClass}>{plan.targets.map((target) => target.unit.name).join("; ")}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(plan._count.visits, locale)}</td>
                <td className={tdClass}><InspectionStatusBadge status={plan.status} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
    </div>
  );
}
