import Link from "next/link";
import type { Translator } from "@/lib/i18n";

/** Previous / next links that keep the other search params. */
export function Pagination({ page, pages, basePath, params, t }: { page: number; pages: number; basePath: string; params: Record<string, string>; t: Translator }) {
  if (pages <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams({ ...params, page: String(target) });
    if (target === 1) query.delete("page");
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-brand-50";
  return (
    <nav aria-label={t("training.common.pagination")} className="flex items-center gap-3">
      {page > 1 ? <Link href={href(page - 1)} className={linkClass} rel="prev">{t("common.previous")}</Link> : null}
      <span className="text-sm text-slate-600">{t("common.pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)} className={linkClass} rel="next">{t("common.next")}</Link> : null}
    </nav>
  );
}
