import type { Metadata } from "next";
import Link from "next/link";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { requirePagePermission } from "@/lib/auth/session";
import { getUnitTree, type UnitNode } from "@/lib/data/units";
import type { Translator } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { PARENT_KINDS, UNIT_KINDS } from "@/lib/validation/units";
import { Badge, ButtonLink, EmptyState, inputClass, linkClass, PageHeader, primaryLinkClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("admin.units.title") };
}

/** Kinds that can have sub-units (a school has faculties and offices; a province, its school, board and centers). */
const HAS_CHILDREN = new Set<UnitKind>(UNIT_KINDS.filter((kind) => UNIT_KINDS.some((child) => PARENT_KINDS[child].includes(kind))));

function UnitLine({ node, t }: { node: Pick<UnitNode, "id" | "name" | "kind" | "code" | "status">; t: Translator }) {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1">
      <Link href={`/admin/units/${node.id}`} className={linkClass}>
        {node.name}
      </Link>
      <span className="text-xs text-slate-500">
        {t(`domain.unitKind.${node.kind}`)} · <span className="font-mono">{node.code}</span>
      </span>
      {node.status !== "ACTIVE" ? <Badge tone="slate">{t(`admin.units.status.${node.status}`)}</Badge> : null}
      {node.status === "ACTIVE" && HAS_CHILDREN.has(node.kind) ? (
        <Link href={`/admin/units/new?parentId=${node.id}`} className="text-xs text-slate-600 underline-offset-2 hover:text-brand-700 hover:underline">
          + {t("admin.units.addChild")}
        </Link>
      ) : null}
    </div>
  );
}

function TreeBranch({ node, t }: { node: UnitNode; t: Translator }) {
  return (
    <li>
      <UnitLine node={node} t={t} />
      {node.children.length > 0 ? (
        <ul className="ml-3 border-l border-slate-200 pl-4">
          {node.children.map((child) => (
            <TreeBranch key={child.id} node={child} t={t} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("units.manage");
  const t = await getTranslator();
  const requested = (await searchParams).province;
  const { roots, province, tree } = await getUnitTree(viewer, typeof requested === "string" ? requested : undefined);
  const provinces = roots.filter((unit) => unit.kind === "PROVINCE");
  const otherRoots = roots.filter((unit) => unit.kind !== "PROVINCE");

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("admin.units.title")}
        intro={t("admin.units.intro")}
        actions={<ButtonLink href="/admin/units/new">{t("admin.units.new")}</ButtonLink>}
      />

      {provinces.length > 0 ? (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t("admin.units.province")}
            <select name="province" defaultValue={province?.id} className={`${inputClass} font-normal`}>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.status !== "ACTIVE" ? ` (${t(`admin.units.status.${p.status}`)})` : ""}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={primaryLinkClass}>{t("admin.units.show")}</button>
        </form>
      ) : null}

      {tree ? (
        <section aria-label={t("admin.units.treeLabel", { name: tree.name })} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <ul>
            <TreeBranch node={tree} t={t} />
          </ul>
        </section>
      ) : (
        <EmptyState>{t("admin.units.noProvince")}</EmptyState>
      )}

      {otherRoots.length > 0 ? (
        <section aria-labelledby="other-roots" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="other-roots" className="mb-2 text-lg font-semibold">{t("admin.units.otherRoots")}</h2>
          <ul>
            {otherRoots.map((unit) => (
              <li key={unit.id}>
                <UnitLine node={unit} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
