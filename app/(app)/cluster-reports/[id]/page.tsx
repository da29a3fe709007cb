import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getClusterReport } from "@/lib/data/cluster-reports";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ReportStatusBadge, SubmissionStatusBadge } from "@/components/cluster/badges";
import { FiguresTable } from "@/components/cluster/figures-table";
import { narrativeFieldLabels, NarrativeFields } from "@/components/cluster/narrative-fields";
import { ReportForm } from "@/components/cluster/report-form";
import { ButtonLink, linkClass, Notice, PageHeader, rowClass, secondaryButtonClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("cluster.list.title") };
}

export default async function ClusterReportPage({ params, searchParams }: Params) {
  const viewer = await requirePagePermission("clusterReports.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { id } = await params;
  const { done } = await searchParams;
  const report = await orNotFound(getClusterReport(viewer, id));
  const narrativeLabels = narrativeFieldLabels(t);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={report.title}
        back={{ href: "/cluster-reports", label: t("cluster.list.title") }}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            {report.clusterName} · {t(`cluster.period.${report.period}`)} {report.year} <ReportStatusBadge status={report.status} t={t} />
          </span>
        }
        actions={
          report.table ? (
            <>
              <a href={`/cluster-reports/${report.id}/export`} download className={secondaryButtonClass}>{t("cluster.report.export")}</a>
              <ButtonLink href={`/cluster-reports/${report.id}/print`}>{t("cluster.report.print")}</ButtonLink>
            </>
          ) : null
        }
      />
      {done === "submitted" ? <Notice tone="success">{t("cluster.report.submitted")}</Notice> : null}
      {report.status === "SUBMITTED" && report.submittedAt ? <Notice>{t("cluster.report.frozen", { date: formatDate(report.submittedAt, locale) })}</Notice> : null}

      {report.ownSubmission ? (
        <Section id="own-part" title={t("cluster.report.ownPart")}>
          <div className="flex flex-wrap items-center gap-3">
            <SubmissionStatusBadge status={report.ownSubmission.status} t={t} />
            <Link href={`/cluster-reports/${report.id}/submissions/${report.ownSubmission.id}`} className={linkClass}>{t("cluster.report.openOwn")}</Link>
          </div>
        </Section>
      ) : null}

      {report.table ? (
        <>
          {report.composer ? (
            <section aria-labelledby="members-title" className="flex flex-col gap-3">
              <h2 id="members-title" className="text-lg font-semibold text-slate-900">{t("cluster.report.members")}</h2>
              <TableCard>
                <TableHead
                  columns={[
                    t("cluster.report.columns.school"),
                    t("cluster.report.columns.role"),
                    t("cluster.report.columns.status"),
                    t("cluster.report.columns.submittedAt"),
                    { label: t("cluster.report.view"), srOnly: true },
                  ]}
                />
                <tbody>
                  {report.table.rows.map((row) => (
                    <tr key={row.unitId} className={rowClass} data-testid="member-row">
                      <td className={tdClass}>{row.unitName}</td>
                      <td className={tdClass}>{t(`cluster.role.${row.role}`)}</td>
                      <td className={tdClass}><SubmissionStatusBadge status={row.status} t={t} /></td>
                      <td className={`${tdClass} tabular-nums`}>{formatDate(row.submittedAt, locale)}</td>
                      <td className={tdClass}>
                        {row.submissionId ? <Link href={`/cluster-reports/${report.id}/submissions/${row.submissionId}`} className={linkClass}>{t("cluster.report.view")}</Link> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </TableCard>
            </section>
          ) : null}

          <section aria-labelledby="figures-title" className="flex flex-col gap-3">
            <h2 id="figures-title" className="text-lg font-semibold text-slate-900">{t("cluster.report.table")}</h2>
            <p className="text-sm text-slate-600">{t("cluster.report.tableIntro")}</p>
            <FiguresTable table={report.table} t={t} locale={locale} />
          </section>
        </>
      ) : (
        <Notice>{t("cluster.report.notVisible")}</Notice>
      )}

      {report.table ? (
        <Section id="narrative" title={t("cluster.report.narrative")}>
          {report.can.compose ? (
            <ReportForm
              reportId={report.id}
              narrative={report.narrative}
              labels={{
                save: t("cluster.report.save"),
                saving: t("cluster.report.saving"),
                submit: t("cluster.report.submit"),
                submitting: t("cluster.report.saving"),
                submitHint: t("cluster.report.submitHint"),
                narrative: narrativeLabels,
              }}
            />
          ) : (
            <NarrativeFields labels={narrativeLabels} values={report.narrative} readOnly />
          )}
        </Section>
      ) : null}
    </div>
  );
}
