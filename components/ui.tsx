import Link from "next/link";
import type { ReactNode } from "react";

// Presentational pieces shared by every page, in the style of the app shell and role homes:
// white cards on slate, brand-red actions, plain tables.

export const tableClass = "w-full border-collapse text-left text-sm";
export const theadClass = "border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600";
export const thClass = "px-3 py-2 align-bottom";
export const tdClass = "px-3 py-2 align-top";
export const rowClass = "border-b border-slate-100 last:border-0";
export const linkClass = "font-medium text-brand-700 hover:underline";
export const inputClass =
  "w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600";
export const primaryLinkClass =
  "inline-flex items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
export const secondaryButtonClass =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export type Column = ReactNode | { label: ReactNode; className?: string; srOnly?: boolean };

/** The header row of a table: column labels, each optionally with extra classes or read by screen readers only. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className={theadClass}>
      <tr>
        {columns.map((column, index) => {
          const { label, className, srOnly } =
            column !== null && typeof column === "object" && "label" in column ? column : { label: column as ReactNode, className: undefined, srOnly: false };
          return (
            <th key={index} scope="col" className={className ? `${thClass} ${className}` : thClass}>
              {srOnly ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** A page's title with an optional back link, a line below it and actions on the right. */
export function PageHeader({ title, intro, back, actions }: { title: string; intro?: ReactNode; back?: { href: string; label: string }; actions?: ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      {back ? (
        <Link href={back.href} className="text-sm text-brand-700 hover:underline">
          ← {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {intro ? <div className="mt-1 max-w-3xl text-slate-600">{intro}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

/** A link styled as the primary button. */
export function ButtonLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={primaryLinkClass}>
      {children}
    </Link>
  );
}

/** A titled card; the heading names the region for assistive technology. */
export function Section({ id, title, intro, children, className = "" }: { id: string; title: string; intro?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

const TONES = {
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  sky: "bg-sky-50 text-sky-800 ring-sky-200",
  indigo: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  slate: "bg-slate-100 text-slate-700 ring-slate-200",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

/** A table inside a card that scrolls sideways on narrow screens instead of squeezing its columns. */
export function TableCard({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className={tableClass}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{children}</p>;
}

/** A plain card, for a page whose heading already names its one form. */
export function Card({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">{children}</div>;
}

/** A message shown above a page's content (after a save, a redirect …). */
export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "success" | "warning" }) {
  const colors = {
    info: "border-sky-200 bg-sky-50 text-sky-900",
    success: "border-emerald-300 bg-emerald-50 text-emerald-800",
    warning: "border-amber-300 bg-amber-50 text-amber-900",
  }[tone];
  return (
    <p role={tone === "success" ? "status" : undefined} className={`rounded-md border px-3 py-2 text-sm ${colors}`}>
      {children}
    </p>
  );
}

/** Label–value pairs; three columns on wide screens where the list spans the page. */
export function DefinitionList({ items, columns = 2 }: { items: { label: string; value: ReactNode }[]; columns?: 2 | 3 }) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2 ${columns === 3 ? "lg:grid-cols-3" : ""}`}>
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-sm text-slate-600">{item.label}</dt>
          <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
