import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listLearners, listLearnerUnits } from "@/lib/data/learners";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { LearnerFilterSchema } from "@/lib/validation/learners";
import { plainParams, type SearchParams } from "@/components/training/format";
import { ButtonLink, PageHeader } from "@/components/training/page-header";
import { Pagination } from "@/components/training/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("training.learners.title") };
}

export default async function LearnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("learners.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const filter = LearnerFilterSchema.parse(plainParams(await searchParams));
  const [list, units] = await Promise.all([listLearners(viewer, filter), listLearnerUnits(viewer)]);
  const kept = Object.fromEntries(Object.entries({ q: filter.q, unitId: filter.unitId }).filter((entry): entry is [string, string] => !!entry[1]));
  const th = "px-3 py-2 text-left text-sm font-semibold text-slate-700";
  const td = "px-3 py-2 align-top";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("training.learners.title")}
        subtitle={t("training.learners.intro")}
        actions={can(viewer, "learners.write") ? <ButtonLink href="/learners/new">{t("training.learners.add")}</ButtonLink> : undefined}
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
        <p className="text-slate-600">{t("training.learners.noResults")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full border-collapse text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>{t("training.common.index")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.name")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.citizenId")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.birthDate")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.gender")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.position")}</th>
                <th scope="col" className={th}>{t("training.learners.columns.unit")}</th>
                <th scope="col" className={`${th} text-right`}>{t("training.learners.columns.enrolments")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((learner, index) => (
                <tr key={learner.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <td className={`${td} text-slate-500`}>{formatNumber((list.page - 1) * list.pageSize + index + 1, locale)}</td>
                  <td className={td}>
                    <Link href={`/learners/${learner.id}`} className="font-medium text-brand-700 hover:underline">{learner.fullName}</Link>
                  </td>
                  <td className={`${td} tabular-nums`}>{learner.citizenId}</td>
                  <td className={`${td} tabular-nums`}>{formatDate(learner.birthDate, locale)}</td>
                  <td className={td}>{t(`domain.gender.${learner.gender}`)}</td>
                  <td className={td}>{[learner.position, learner.workplace].filter(Boolean).join(", ")}</td>
                  <td className={td}>{learner.homeUnit.name}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatNumber(learner._count.enrolments, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pages={list.pages} basePath="/learners" params={kept} t={t} />
    </div>
  );
}
