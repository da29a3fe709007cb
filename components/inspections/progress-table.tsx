import Link from "next/link";
import type { ProgressRow } from "@/lib/domain/plan-progress";
import type { Locale, Translator } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { linkClass, rowClass, TableCard, tdClass, thClass, theadClass } from "@/components/ui";

const NUMBER_COLUMNS = ["plannedClasses", "plannedLearners", "opened", "finished", "carriedOver", "cancelled", "notCarriedOut", "learners"] as const;

function percent(value: number | null, locale: Locale): string {
  return value === null ? "—" : `${formatNumber(value, locale, 1)} %`;
}

/** Plan versus actual, one row per unit or program and a totals row; unit rows link to their classes. */
export function ProgressTable({
  rows,
  total,
  firstColumn,
  caption,
  classesHref,
  t,
  locale,
}: {
  rows: ProgressRow[];
  total: ProgressRow;
  firstColumn: string;
  caption: string;
  classesHref?: (row: ProgressRow) => string | null;
  t: Translator;
  locale: Locale;
}) {
  const cells = (row: ProgressRow, funding = true) => (
    <>
      {NUMBER_COLUMNS.map((column) => (
        <td key={column} className={`${tdClass} text-right tabular-nums`}>
          {formatNumber(row[column], locale)}
        </td>
      ))}
      <td className={`${tdClass} text-right tabular-nums`}>{percent(row.classPercent, locale)}</td>
      <td className={`${tdClass} text-right tabular-nums`}>{percent(row.learnerPercent, locale)}</td>
      <td className={`${tdClass} min-w-40`}>{funding ? row.fundingSources.join("; ") : ""}</td>
    </>
  );
  return (
    <TableCard caption={caption}>
      <thead className={theadClass}>
        <tr>
          <th scope="col" className={thClass}>{firstColumn}</th>
          {NUMBER_COLUMNS.map((column) => (
            <th key={column} scope="col" className={`${thClass} text-right`}>{t(`inspections.progress.${column}`)}</th>
          ))}
          <th scope="col" className={`${thClass} text-right`}>{t("inspections.progress.classPercent")}</th>
          <th scope="col" className={`${thClass} text-right`}>{t("inspections.progress.learnerPercent")}</th>
          <th scope="col" className={thClass}>{t("inspections.progress.funding")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const href = classesHref?.(row) ?? null;
          return (
            <tr key={row.id ?? "none"} className={`${rowClass} hover:bg-slate-50`}>
              <th scope="row" className={`${tdClass} min-w-56 text-left font-medium`}>
                {href ? (
                  <Link href={href} className={linkClass} aria-label={t("inspections.progress.classesOf", { unit: row.name })}>
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              {cells(row)}
            </tr>
          );
        })}
      </tbody>
      <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
        <tr>
          <th scope="row" className={`${tdClass} text-left`}>{t("inspections.progress.total")}</th>
          {cells(total, false)}
        </tr>
      </tfoot>
    </TableCard>
  );
}
