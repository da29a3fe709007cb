import Link from "next/link";
import type { Locale, Translator } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

/** The page numbers around the current one, with the first and last, and gaps as null. */
function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}

/** Page links that keep the other search parameters; the page number lives in the URL. */
export function Pagination({
  page,
  pages,
  total,
  basePath,
  params,
  t,
  locale,
}: {
  page: number;
  pages: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
  t: Translator;
  locale: Locale;
}) {
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const item = "inline-flex min-w-9 items-center justify-center rounded-md border px-3 py-1.5 text-sm";
  return (
    <nav aria-label={t("common.pagination")} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600">
        {t("common.pageSummary", { page: formatNumber(page, locale), pages: formatNumber(pages, locale), total: formatNumber(total, locale) })}
      </p>
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          {page > 1 ? (
            <li>
              <Link href={href(page - 1)} rel="prev" className={`${item} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
                {t("common.previous")}
              </Link>
            </li>
          ) : null}
          {pageWindow(page, pages).map((n, i) =>
            n === null ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={n}>
                <Link
                  href={href(n)}
                  aria-current={n === page ? "page" : undefined}
                  aria-label={t("common.page", { page: n })}
                  className={`${item} ${n === page ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  {formatNumber(n, locale)}
                </Link>
              </li>
            ),
          )}
          {page < pages ? (
            <li>
              <Link href={href(page + 1)} rel="next" className={`${item} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
                {t("common.next")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
