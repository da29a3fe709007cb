import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listClusterReports } from "@/lib/data/cluster-reports";
import { getTranslator } from "@/lib/i18n/server";
import { ReportStatusBadge, SubmissionStatusBadge } from "@/components/cluster/badges";
import { CreateReportForm } from "@/components/cluster/create-report-form";
import { EmptyState, linkClass, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("cluster.list.title") };
}

export default async function ClusterReportsPage() {
  const viewer = await requirePagePermission("clusterReports.read");
  const t = await getTranslator();
  const list = await listClusterReports(viewer);
  const periods = [...new Set(list.openable.flatMap((o) => o.periods))];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("cluster.list.title")} intro={t("cluster.list.intro")} />

      <Section id="memberships" title={t("cluster.list.memberships")}>
        {list.memberships.length === 0 ? (
          <p className="text-slate-600">{t("cluster.list.noMemberships")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {list.memberships.map((m) => (
              <li key={`${m.clusterId}-${m.year}`}>{t("cluster.list.membership", { cluster: m.clusterName, year: m.year, role: t(`cluster.role.${m.role}`) })}</li>
            ))}
          </ul>
        )}
      </Section>

      <section aria-labelledby="reports-title" className="flex flex-col gap-3">
        <h2 id="reports-title" className="text-lg font-semibold text-slate-900">{t("cluster.list.reports")}</h2>
        {list.reports.length === 0 ? (
          <EmptyState>{t("cluster.list.noReports")}</EmptyState>
        ) : (
          <TableCard>
            <TableHead
              columns={[
                t("cluster.list.columns.report"),
                t("cluster.list.columns.period"),
                t("cluster.list.columns.progress"),
                t("cluster.list.columns.status"),
                t("cluster.list.columns.own"),
              ]}
            />
            <tbody>
              {list.reports.map((r) => (
                <tr key={r.id} className={rowClass}>
                  <td className={tdClass}>
                    <Link href={`/cluster-reports/${r.id}`} className={linkClass}>{r.title}</Link>
                    <div className="text-xs text-slate-500">{r.clusterName}</div>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{t(`cluster.period.${r.period}`)} {r.year}</td>
                  <td className={tdClass}>
                    <span className="whitespace-nowrap tabular-nums">{t("cluster.list.progress", { submitted: r.submitted, members: r.members })}</span>
                    {r.notSubmitted.length > 0 ? (
                      <div className="mt-1 text-xs text-amber-900" data-testid="not-submitted">{t("cluster.list.notSubmitted", { names: r.notSubmitted.join("; ") })}</div>
                    ) : null}
                  </td>
                  <td className={tdClass}><ReportStatusBadge status={r.status} t={t} /></td>
                  <td className={tdClass}>
                    {r.ownSubmission ? (
                      <Link href={`/cluster-reports/${r.id}/submissions/${r.ownSubmission.id}`} className="inline-flex items-center gap-2 text-brand-700 hover:underline">
                        <SubmissionStatusBadge status={r.ownSubmission.status} t={t} />
                        {t("cluster.list.ownLink")}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
      </section>

      {list.openable.length > 0 ? (
        <Section id="open-report" title={t("cluster.list.open")} intro={t("cluster.list.openIntro")}>
          <CreateReportForm
            options={{
              clusterYears: list.openable.map((o) => ({ value: `${o.clusterId}|${o.year}`, label: t("cluster.list.clusterYear", { cluster: o.clusterName, year: o.year }) })),
              periods: periods.map((p) => ({ value: p, label: t(`cluster.period.${p}`) })),
            }}
            labels={{ clusterYear: t("cluster.list.cluster"), period: t("cluster.list.periodLabel"), choose: t("training.common.choose"), create: t("cluster.list.create"), creating: t("cluster.list.creating") }}
          />
        </Section>
      ) : null}
    </div>
  );
}
