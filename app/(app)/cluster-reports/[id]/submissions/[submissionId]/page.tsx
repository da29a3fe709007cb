import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { getClusterSubmission } from "@/lib/data/cluster-reports";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { notFound } from "next/navigation";
import { SubmissionStatusBadge } from "@/components/cluster/badges";
import { narrativeFieldLabels, NarrativeFields } from "@/components/cluster/narrative-fields";
import { SubmissionForm, type SubmissionMetricRow } from "@/components/cluster/submission-form";
import { Notice, PageHeader, Section, TableCard, TableHead, tdClass } from "@/components/ui";

type Params = { params: Promise<{ id: string; submissionId: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("cluster.list.title") };
}

export default async function ClusterSubmissionPage({ params, searchParams }: Params) {
  const viewer = await requirePagePermission("clusterReports.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { id, submissionId } = await params;
  const { done } = await searchParams;
  const submission = await orNotFound(getClusterSubmission(viewer, submissionId));
  if (submission.report.id !== id) notFound();

  const signed = (n: number) => (n > 0 ? `+${formatNumber(n, locale)}` : formatNumber(n, locale));
  const rows: SubmissionMetricRow[] = submission.metrics.map((m) => {
    const differs = m.declared !== null && m.declared !== m.computed;
    return {
      metric: m.metric,
      label: t(`cluster.metrics.${m.metric}` as MessageKey),
      group: t(`cluster.groups.${m.group}`),
      computedText: formatNumber(m.computed, locale),
      declared: m.declared,
      differenceText: differs ? signed(m.declared! - m.computed) : null,
    };
  });
  const narrativeLabels = narrativeFieldLabels(t);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("cluster.submission.title", { school: submission.unitName })}
        back={{ href: `/cluster-reports/${submission.report.id}`, label: submission.report.title }}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            {submission.report.clusterName} · {t(`cluster.period.${submission.report.period}`)} {submission.report.year}
            <SubmissionStatusBadge status={submission.status} t={t} />
          </span>
        }
      />
      {done === "submitted" ? <Notice tone="success">{t("cluster.submission.justSubmitted")}</Notice> : null}
      {submission.status === "SUBMITTED" ? (
        <Notice>{t("cluster.submission.submittedNotice", { date: formatDate(submission.submittedAt, locale), name: submission.submittedByName ?? "—" })}</Notice>
      ) : !submission.can.edit ? (
        <Notice>{t("cluster.submission.readOnly")}</Notice>
      ) : null}
      {submission.differences.length > 0 ? <Notice tone="warning">{t("cluster.submission.differences", { count: submission.differences.length })}</Notice> : null}

      <Section id="figures" title={t("cluster.submission.figures")} intro={t("cluster.submission.figuresIntro")}>
        {submission.can.edit ? (
          <SubmissionForm
            submissionId={submission.id}
            rows={rows}
            narrative={submission.narrative}
            labels={{
              metric: t("cluster.report.metric"),
              computed: t("cluster.submission.computed"),
              declared: t("cluster.submission.declared"),
              difference: t("cluster.submission.difference"),
              save: t("cluster.submission.save"),
              saving: t("cluster.submission.saving"),
              submit: t("cluster.submission.submit"),
              submitting: t("cluster.submission.saving"),
              submitHint: t("cluster.submission.submitHint"),
              narrative: narrativeLabels,
            }}
          />
        ) : (
          <div className="flex flex-col gap-6">
            <TableCard>
              <TableHead
                columns={[
                  t("cluster.report.metric"),
                  { label: t("cluster.submission.computed"), className: "text-right" },
                  { label: t("cluster.submission.declared"), className: "text-right" },
                  { label: t("cluster.submission.difference"), className: "text-right" },
                ]}
              />
              <tbody>
                {rows.map((row) => (
                  <tr key={row.metric} className={`border-b border-slate-100 ${row.differenceText ? "bg-amber-50" : ""}`}>
                    <th scope="row" className={`${tdClass} font-normal`}>{row.label}</th>
                    <td className={`${tdClass} text-right tabular-nums`}>{row.computedText}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{row.declared === null ? "—" : formatNumber(row.declared, locale)}</td>
                    <td className={`${tdClass} text-right tabular-nums ${row.differenceText ? "font-semibold text-amber-900" : "text-slate-400"}`} data-testid={row.differenceText ? "difference" : undefined}>
                      {row.differenceText ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableCard>
            <NarrativeFields labels={narrativeLabels} values={submission.narrative} readOnly />
          </div>
        )}
      </Section>
    </div>
  );
}
