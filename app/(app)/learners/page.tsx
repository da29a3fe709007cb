import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listLearners, listLearnerUnits } from "@/lib/data/learners";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { LearnerFilterSchema } from "@/lib/validation/learners";
import { plainParams, type SearchParams } from "@/components/training/format";
import { Pagination } from "@/components/pagination";
import { ButtonLink, EmptyState, linkClass, PageHeader, rowClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("training.learners.title") };
}

export default async function LearnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("learners.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const filter = LearnerFilterSchema.parse(plainParams(await searchParams));
  const [list, units] = await Promise.all([listLearners(viewer, filter), listLearnerUnits(viewer)]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("training.learners.title")}
        intro={t("training.learners.intro")}
        actions={
          can(viewer, "learners.write") ? (
            <>
              <ButtonLink href="/learners/new">{t("training.learners.add")}</ButtonLink>
              <ButtonLink href="/learners/import">{t("nav.importLearners")}</ButtonLink>
            </>
          ) : undefined
        }
      />

      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="learner-q" className="text-sm font-medium text-slate-700">{t("training.learners.search")}</label>
          <input
            id="learner-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            aria-describedby="learner-q-hint"
            className="rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
          />
          <p id="learner-q-hint" className="text-xs text-slate-500">{t("training.learners.searchHint")}</p>
        </div>
        {units.length > 1 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="learner-unit" className="text-sm font-medium text-slate-700">{t("training.learners.unitFilter")}</label>
            <select id="learner-unit" name="unitId" defaultValue={filter.unitId ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm">
              <option value="">{t("training.learners.allUnits")}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>{unit.name}</option>
              ))}
            </select>
            <p className="text-xs">&nbsp;</p>
          </div>
        ) : null}
        <div className="flex gap-2 pb-5">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("common.search")}</button>
          {filter.q || filter.unitId ? <Link href="/learners" className="px-2 py-2 text-brand-700 hover:underline">{t("common.reset")}</Link> : null}
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">{t("training.learners.count", { count: formatNumber(list.total, locale) })}</p>

      {list.rows.length === 0 ? (
        <EmptyState>{t("training.learners.noResults")}</EmptyState>
      ) : (
        <TableCard>
          <TableHead
            columns={[
              t("training.common.index"),
              t("training.learners.columns.name"),
              t("training.learners.columns.citizenId"),
              t("training.learners.columns.birthDate"),
              t("training.learners.columns.gender"),
              t("training.learners.columns.position"),
              t("training.learners.columns.unit"),
              { label: t("training.learners.columns.enrolments"), className: "text-right" },
            ]}
          />
          <tbody>
            {list.rows.map((learner, index) => (
              <tr key={learner.id} className={`${rowClass} hover:bg-slate-50`}>
                <td className={`${tdClass} text-slate-500`}>{formatNumber((list.page - 1) * list.pageSize + index + 1, locale)}</td>
                <td className={tdClass}>
                  <Link href={`/learners/${learner.id}`} className={linkClass}>{learner.fullName}</Link>
                </td>
                <td className={`${tdClass} tabular-nums`}>{learner.citizenId}</td>
                <td className={`${tdClass} tabular-nums`}>{formatDate(learner.birthDate, locale)}</td>
                <td className={tdClass}>{t(`domain.gender.${learner.gender}`)}</td>
                <td className={tdClass}>{[learner.position, learner.workplace].filter(Boolean).join(", ")}</td>
                <td className={tdClass}>{learner.homeUnit.name}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(learner._count.enrolments, locale)}</td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        total={list.total}
        basePath="/learners"
        params={{ q: filter.q, unitId: filter.unitId }}
        t={t}
        locale={locale}
      />
    </div>
  );
}
