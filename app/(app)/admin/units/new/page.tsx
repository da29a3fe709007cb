import type { Metadata } from "next";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { requirePagePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { getUnit, getUnitTree, type UnitNode } from "@/lib/data/units";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { todayInVietnam } from "@/lib/validation/fields";
import { PARENT_KINDS, UNIT_KINDS } from "@/lib/validation/units";
import { Card, PageHeader } from "@/components/ui";
import { CreateUnitForm } from "./create-unit-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("admin.units.create.title") };
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

/** The active units of a tree, depth first, indented by depth for the parent select. */
function flatten(node: UnitNode, depth = 0): { id: string; name: string; kind: UnitKind; depth: number }[] {
  if (node.status !== "ACTIVE") return [];
  return [{ id: node.id, name: node.name, kind: node.kind, depth }, ...node.children.flatMap((child) => flatten(child, depth + 1))];
}

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("units.manage");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const params = await searchParams;
  let parentId = first(params.parentId);
  let provinceId = first(params.province);
  if (parentId) {
    try {
      const parent = await getUnit(viewer, parentId);
      provinceId = parent.provinceId ?? provinceId;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      parentId = undefined;
    }
  }
  const { roots, tree } = await getUnitTree(viewer, provinceId);
  const inTree = new Set(tree ? flatten(tree).map((unit) => unit.id) : []);
  const parents = [
    ...roots.filter((unit) => unit.status === "ACTIVE" && !inTree.has(unit.id)).map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, depth: 0 })),
    ...(tree ? flatten(tree) : []),
  ];
  // A sensible kind for a sub-unit: the first kind that may sit under the chosen parent.
  const parentKind = parentId ? parents.find((unit) => unit.id === parentId)?.kind : undefined;
  const childKind = parentKind ? UNIT_KINDS.find((kind) => PARENT_KINDS[kind].includes(parentKind)) : undefined;
  const defaultKind = first(params.kind) ?? childKind;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("admin.units.create.title")} back={{ href: provinceId ? `/admin/units?province=${provinceId}` : "/admin/units", label: t("admin.units.detail.back") }} />
      <Card>
        <CreateUnitForm
          locale={locale}
          parents={parents.map((unit) => ({ value: unit.id, label: `${"\u2003".repeat(unit.depth)}${unit.name}` }))}
          defaults={{ parentId, kind: defaultKind, validFrom: todayInVietnam() }}
        />
      </Card>
    </div>
  );
}
