import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listRecommendations } from "@/lib/data/inspections";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { OverdueBadge, RecommendationStatusBadge } from "@/components/inspections/badges";
import { EmptyState, linkClass, PageHeader, rowClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.recommendations.title") };
}

export default async function RecommendationsPage() {
  const viewer = await requirePagePermission("inspections.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const rows = await listRecommendations(viewer);
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("inspections.recommendations.title")} intro={t("inspections.recommendations.intro")} back={{ href: "/inspections", label: t("inspections.plans.back") }} />
      {overdue > 0 ? <p className="font-medium text-red-800">{t("inspections.recommendations.overdueCount", { count: formatNumber(overdue, locale) })}</p> : null}
      {rows.length === 0 ? (
        <EmptyState>{t("inspections.recommendations.empty")}</EmptyState>
      ) : (
        <TableCard>
          <TableHead
            columns={[
              t("inspections.recommendations.columns.content"),
              t("inspections.recommendations.columns.unit"),
              t("inspections.recommendations.columns.plan"),
              t("inspections.recommendations.columns.due"),
              t("inspections.recommendations.columns.status"),
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={`${rowClass} ${r.overdue ? "bg-red-50" : ""}`}>
                <td className={`${tdClass} max-w-xl`}>
                  <Link href={`/inspections/visits/${r.visit.id}`} className={linkClass}>{r.content}</Link>
                </td>
                <td className={tdClass}>{r.responsible.name}</td>
                <td className={tdClass}>{r.visit.plan.code}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{formatDate(r.dueDate, locale)}</td>
                <td className={tdClass}>
                  <div className="flex flex-wrap gap-1">
                    <RecommendationStatusBadge status={r.status} t={t} />
                    {r.overdue ? <OverdueBadge t={t} /> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
    </div>
  );
}
