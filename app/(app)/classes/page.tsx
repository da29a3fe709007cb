import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import Link from "next/link";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/session";
import { getClassFilterOptions, listClasses } from "@/lib/data/classes";
import { ClassStatus } from "@/lib/generated/prisma/enums";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { ClassStatusBadge } from "@/components/training/badges";
import { plainParams, type SearchParams } from "@/components/training/format";
import { Pagination } from "@/components/pagination";
import { ButtonLink, EmptyState, linkClass, PageHeader, rowClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("training.classes.title") };
}

// Search params are typed by hand into the address bar as often as chosen: malformed ones are dropped.
const ClassFilterSchema = z.object({
  status: z.enum(ClassStatus).optional().catch(undefined),
  programId: z.string().max(64).optional().catch(undefined),
  hostUnitId: z.string().max(64).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

const STATUSES = Object.values(ClassStatus);

export default async function ClassesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("classes.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const filter = ClassFilterSchema.parse(plainParams(await searchParams));
  const [list, options] = await Promise.all([listClasses(viewer, filter), getClassFilterOptions(viewer)]);
  const kept = { status: filter.status, programId: filter.programId, hostUnitId: filter.hostUnitId, year: filter.year?.toString() };
  const filtered = Object.values(kept).some(Boolean);
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("training.classes.title")}
        intro={t("training.classes.intro")}
        actions={can(viewer, "classes.write") ? <ButtonLink href="/classes/new">{t("training.classes.newClass")}</ButtonLink> : null}
      />

      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-col gap-1">
          <label htmlFor="class-status" className="text-sm font-medium text-slate-700">{t("training.classes.filters.status")}</label>
          <select id="class-status" name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">{t("training.common.all")}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>{t(`domain.classStatus.${status}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="class-program" className="text-sm font-medium text-slate-700">{t("training.classes.filters.program")}</label>
          <select id="class-program" name="programId" defaultValue={filter.programId ?? ""} className={`${select} max-w-xs`}>
            <option value="">{t("training.common.all")}</option>
            {options.programs.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="class-host" className="text-sm font-medium text-slate-700">{t("training.classes.filters.host")}</label>
          <select id="class-host" name="hostUnitId" defaultValue={filter.hostUnitId ?? ""} className={`${select} max-w-xs`}>
            <option value="">{t("training.common.all")}</option>
            {options.hosts.map((h) => (
              <option key={h.id} value={h.id}>{h.name}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="class-year" className="text-sm font-medium text-slate-700">{t("training.classes.filters.year")}</label>
          <select id="class-year" name="year" defaultValue={filter.year?.toString() ?? ""} className={select}>
            <option value="">{t("training.common.all")}</option>
            {options.years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("training.classes.filters.apply")}</button>
          {filtered ? <Link href="/classes" className="px-2 py-2 text-brand-700 hover:underline">{t("training.classes.filters.reset")}</Link> : null}
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">{t("training.classes.count", { count: formatNumber(list.total, locale) })}</p>

      {list.rows.length === 0 ? (
        <EmptyState>{t("training.classes.noResults")}</EmptyState>
      ) : (
        <TableCard>
          <TableHead
            columns={[
              t("training.classes.columns.code"),
              t("training.classes.columns.name"),
              t("training.classes.columns.program"),
              t("training.classes.columns.host"),
              t("training.classes.columns.dates"),
              { label: t("training.classes.columns.size"), className: "text-right" },
              t("training.classes.columns.status"),
            ]}
          />
          <tbody>
            {list.rows.map((c) => (
              <tr key={c.id} className={`${rowClass} hover:bg-slate-50`}>
                <td className={`${tdClass} whitespace-nowrap`}>{c.code}</td>
                <td className={tdClass}>
                  <Link href={`/classes/${c.id}`} className={linkClass}>{c.name}</Link>
                </td>
                <td className={tdClass}>{c.program.name}</td>
                <td className={tdClass}>{c.host.name}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {c.startDate ? t("training.common.dateRange", { from: formatDate(c.startDate, locale), to: formatDate(c.endDate, locale) }) : ""}
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {t("training.classes.size", { enrolled: formatNumber(c._count.enrolments, locale), planned: formatNumber(c.plannedSize, locale) })}
                </td>
                <td className={tdClass}><ClassStatusBadge status={c.status} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
      <Pagination page={list.page} pages={list.pages} total={list.total} basePath="/classes" params={kept} t={t} locale={locale} />
    </div>
  );
}
