import type { CompositionTable } from "@/lib/data/cluster-reports";
import { CLUSTER_METRICS, reportedValue } from "@/lib/domain/cluster-figures";
import type { Locale, Translator } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

/**
 * Metrics down, schools across, the cluster total last. A school's cell shows the figure it reports (its
 * declared total where it gave one); a declared total that differs from the computed one is highlighted
 * with the computed figure beside it. Schools that have not submitted are marked.
 */
export function FiguresTable({ table, t, locale, print = false }: { table: CompositionTable; t: Translator; locale: Locale; print?: boolean }) {
  const th = print ? "border border-black px-1 py-1 align-bottom" : "border-b border-slate-200 px-2 py-2 align-bottom";
  const td = print ? "border border-black px-1 py-0.5 text-right tabular-nums" : "px-2 py-1.5 text-right tabular-nums";
  return (
    <div className={print ? "" : "overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"}>
      <table className={`w-full border-collapse text-left ${print ? "text-[9pt]" : "text-sm"}`} data-testid="cluster-figures">
        <thead className={print ? "" : "bg-slate-50 text-xs font-semibold text-slate-600"}>
          <tr>
            <th scope="col" className={th}>{t("cluster.report.metric")}</th>
            {table.rows.map((row) => (
              <th key={row.unitId} scope="col" className={`${th} text-right`} data-school={row.unitName}>
                {row.unitName}
                {row.status !== "SUBMITTED" ? <span className="block font-normal italic text-amber-800" data-testid="not-submitted-mark">({t("cluster.report.notSubmittedMark")})</span> : null}
              </th>
            ))}
            <th scope="col" className={`${th} text-right`}>{t("cluster.report.total")}</th>
          </tr>
        </thead>
        <tbody>
          {CLUSTER_METRICS.map((m) => (
            <tr key={m.metric} className={print ? "" : "border-b border-slate-100 last:border-0"}>
              <th scope="row" className={`${print ? "border border-black px-1 py-0.5" : "px-2 py-1.5"} font-normal`}>{t(`cluster.metrics.${m.metric}` as Parameters<Translator>[0])}</th>
              {table.rows.map((row) => {
                const computed = row.computed[m.metric] ?? 0;
                const declared = row.declared[m.metric];
                const differs = declared !== null && declared !== undefined && declared !== computed;
                return (
                  <td
                    key={row.unitId}
                    className={`${td} ${differs ? "bg-amber-100 font-semibold text-amber-900" : ""}`}
                    data-testid={differs ? "difference" : undefined}
                    title={differs ? t("cluster.report.declaredVsComputed", { declared: formatNumber(declared, locale), computed: formatNumber(computed, locale) }) : undefined}
                  >
                    {formatNumber(reportedValue(computed, declared), locale)}
                    {differs ? <span className="ml-1 text-xs font-normal">({formatNumber(computed, locale)})</span> : null}
                  </td>
                );
              })}
              <td className={`${td} font-semibold`}>{formatNumber(table.totals.reported[m.metric] ?? 0, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
