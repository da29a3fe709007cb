import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind, UnitStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { constraintViolation } from "@/lib/db/errors";
import {
  dayToDate,
  PARENT_KINDS,
  type CloseUnitInput,
  type CreateUnitInput,
  type RenameUnitInput,
} from "@/lib/validation/units";
import { todayInVietnam } from "@/lib/validation/fields";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";

// The unit tree (province → school → faculties/offices; province → board; province → centers) with its dated
// changes. A unit is never deleted: it is renamed, dissolved or merged into a successor, and the change is
// kept on the unit it happened to, so classes, learners and reports stay attached to the unit of their time.

const KIND_ORDER: Record<UnitKind, number> = { ACADEMY: 0, PROVINCE: 1, SCHOOL: 2, FACULTY: 3, OFFICE: 4, BOARD: 5, CENTER: 6 };

const NODE = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  kind: true,
  centerLevel: true,
  status: true,
  parentId: true,
  provinceId: true,
  validFrom: true,
  validTo: true,
} satisfies Prisma.UnitSelect;

type NodeRow = Prisma.UnitGetPayload<{ select: typeof NODE }>;
export interface UnitNode extends NodeRow {
  children: UnitNode[];
}

function byKindThenName(a: { kind: UnitKind; name: string }, b: { kind: UnitKind; name: string }) {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "vi");
}

/**
 * The roots the viewer can read (the Academy, the provinces) and the tree of one province: the one asked
 * for, else the viewer's own, else the first.
 */
export async function getUnitTree(viewer: Viewer, provinceId?: string) {
  const scope = unitScope(viewer, "read");
  const roots = await db.unit.findMany({ where: { AND: [scope, { parentId: null }] }, select: NODE });
  roots.sort(byKindThenName);
  const provinces = roots.filter((unit) => unit.kind === "PROVINCE");
  const province = provinces.find((p) => p.id === provinceId) ?? provinces.find((p) => p.id === viewer.provinceId) ?? provinces[0] ?? null;
  const rows = province ? await db.unit.findMany({ where: { AND: [scope, { provinceId: province.id }] }, select: NODE }) : [];

  const nodes = new Map<string, UnitNode>(rows.map((row) => [row.id, { ...row, children: [] }]));
  const root = province ? (nodes.get(province.id) ?? { ...province, children: [] }) : null;
  for (const node of nodes.values()) {
    if (node.id === root?.id) continue;
    const parent = (node.parentId && nodes.get(node.parentId)) || root;
    parent?.children.push(node);
  }
  const sortTree = (node: UnitNode) => {
    node.children.sort(byKindThenName);
    node.children.forEach(sortTree);
  };
  if (root) sortTree(root);
  return { roots, province, tree: root };
}

export type UnitTree = Awaited<ReturnType<typeof getUnitTree>>;

/** A unit with its place in the tree, its dated history and, for administrators, the possible successors. */
export async function getUnit(viewer: Viewer, unitId: string) {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(viewer, "read")] },
    select: {
      ...NODE,
      address: true,
      parent: { select: { id: true, name: true, kind: true } },
      province: { select: { id: true, name: true } },
      children: { select: { id: true, code: true, name: true, kind: true, status: true } },
      changes: {
        orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
        select: { id: true, kind: true, effectiveDate: true, oldName: true, newName: true, decisionRef: true, note: true, createdAt: true, successor: { select: { id: true, name: true } } },
      },
      succeededChanges: {
        orderBy: [{ effectiveDate: "desc" }],
        select: { id: true, effectiveDate: true, decisionRef: true, unit: { select: { id: true, name: true } } },
      },
      _count: { select: { roleAssignments: true } },
    },
  });
  if (!unit) throw new NotFoundError("Unit");
  unit.children.sort(byKindThenName);
  const successorChoices =
    can(viewer, "units.manage") && unit.status === "ACTIVE"
      ? await db.unit.findMany({
          where: {
            AND: [
              unitScope(viewer, "write"),
              { kind: unit.kind, status: "ACTIVE", id: { not: unit.id } },
              unit.kind === "PROVINCE" || !unit.provinceId ? {} : { provinceId: unit.provinceId },
            ],
          },
          select: { id: true, code: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  return { ...unit, successorChoices };
}

export type UnitDetail = Awaited<ReturnType<typeof getUnit>>;

function duplicateCode(error: unknown): unknown {
  const violation = constraintViolation(error);
  return violation?.kind === "unique" ? new DomainValidationError({ code: "admin.units.errors.codeTaken" }) : error;
}

/**
 * Creates a unit under its parent. `provinceId` is the nearest province ancestor (the unit itself for a
 * province), which scoping relies on; the creation is the first entry of the unit's history.
 */
export async function createUnit(viewer: Viewer, input: CreateUnitInput): Promise<{ id: string }> {
  requirePermission(viewer, "units.manage");
  const allowedParents = PARENT_KINDS[input.kind];
  const validFrom = input.validFrom ?? todayInVietnam();
  try {
    return await db.$transaction(async (tx) => {
      const parent = input.parentId
        ? await tx.unit.findFirst({ where: { AND: [{ id: input.parentId }, unitScope(viewer, "write")] }, select: { id: true, kind: true, status: true, provinceId: true } })
        : null;
      if (input.parentId && !parent) throw new DomainValidationError({ parentId: "validation.unknownUnit" });
      if (allowedParents.length === 0 && parent) throw new DomainValidationError({ parentId: "admin.units.errors.mustBeRoot" });
      if (allowedParents.length > 0 && (!parent || !allowedParents.includes(parent.kind))) {
        throw new DomainValidationError({ parentId: "admin.units.errors.parentKind" });
      }
      if (parent && parent.status !== "ACTIVE") throw new DomainValidationError({ parentId: "admin.units.errors.parentClosed" });

      const created = await tx.unit.create({
        data: {
          code: input.code,
          name: input.name,
          shortName: input.shortName,
          kind: input.kind,
          centerLevel: input.kind === "CENTER" ? input.centerLevel : null,
          parentId: parent?.id ?? null,
          provinceId: parent ? (parent.kind === "PROVINCE" ? parent.id : parent.provinceId) : null,
          validFrom: dayToDate(validFrom),
        },
        select: { id: true },
      });
      const unit =
        input.kind === "PROVINCE"
          ? await tx.unit.update({ where: { id: created.id }, data: { provinceId: created.id }, select: NODE })
          : await tx.unit.findUniqueOrThrow({ where: { id: created.id }, select: NODE });
      await tx.unitChange.create({
        data: { unitId: unit.id, kind: "CREATED", effectiveDate: dayToDate(validFrom), newName: unit.name, newParentId: unit.parentId, decisionRef: input.decisionRef },
      });
      await recordAudit(tx, viewer, { entity: "Unit", entityId: unit.id, action: "CREATE", after: unit });
      return { id: unit.id };
    });
  } catch (error) {
    throw duplicateCode(error);
  }
}

async function activeUnitForChange(tx: Prisma.TransactionClient, viewer: Viewer, unitId: string) {
  const unit = await tx.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(viewer, "write")] },
    select: { id: true, name: true, shortName: true, kind: true, status: true, provinceId: true, validFrom: true, validTo: true },
  });
  if (!unit) throw new NotFoundError("Unit");
  if (unit.status !== "ACTIVE") throw new DomainValidationError({}, "admin.units.errors.closed");
  return unit;
}

/** Renames a unit from a date, under a decision; the old name stays in the unit's history. */
export async function renameUnit(viewer: Viewer, input: RenameUnitInput) {
  requirePermission(viewer, "units.manage");
  await db.$transaction(async (tx) => {
    const before = await activeUnitForChange(tx, viewer, input.unitId);
    if (before.name === input.name && before.shortName === input.shortName) throw new DomainValidationError({ name: "admin.units.errors.sameName" });
    const where: Prisma.UnitWhereInput = { AND: [{ id: before.id }, unitScope(viewer, "write")] };
    const { count } = await tx.unit.updateMany({ where, data: { name: input.name, shortName: input.shortName } });
    if (count !== 1) throw new NotFoundError("Unit");
    await tx.unitChange.create({
      data: {
        unitId: before.id,
        kind: "RENAMED",
        effectiveDate: dayToDate(input.effectiveDate),
        oldName: before.name,
        newName: input.name,
        decisionRef: input.decisionRef,
        note: input.note,
      },
    });
    await recordAudit(tx, viewer, {
      entity: "Unit",
      entityId: before.id,
      action: "RENAME",
      before: { name: before.name, shortName: before.shortName },
      after: { name: input.name, shortName: input.shortName },
    });
  });
}

/**
 * Dissolves a unit, or merges it into a successor of the same kind. Its sub-units and accounts must be
 * closed or moved first, so that nobody keeps working in a unit that no longer exists.
 */
export async function closeUnit(viewer: Viewer, input: CloseUnitInput) {
  requirePermission(viewer, "units.manage");
  await db.$transaction(async (tx) => {
    const before = await activeUnitForChange(tx, viewer, input.unitId);
    const effectiveDate = dayToDate(input.effectiveDate);
    if (effectiveDate < before.validFrom) throw new DomainValidationError({ effectiveDate: "admin.units.errors.beforeValidFrom" });
    if ((await tx.unit.count({ where: { parentId: before.id, status: "ACTIVE" } })) > 0) {
      throw new DomainValidationError({}, "admin.units.errors.hasActiveChildren");
    }
    if ((await tx.roleAssignment.count({ where: { unitId: before.id } })) > 0) throw new DomainValidationError({}, "admin.units.errors.hasAccounts");
    let successorId: string | null = null;
    if (input.kind === "MERGED") {
      const successor = await tx.unit.findFirst({
        where: { AND: [{ id: input.successorId ?? "", kind: before.kind, status: "ACTIVE" }, { id: { not: before.id } }, unitScope(viewer, "write")] },
        select: { id: true },
      });
      if (!successor) throw new DomainValidationError({ successorId: "admin.units.errors.successorInvalid" });
      successorId = successor.id;
    }
    const status: UnitStatus = input.kind;
    const where: Prisma.UnitWhereInput = { AND: [{ id: before.id, status: "ACTIVE" }, unitScope(viewer, "write")] };
    const { count } = await tx.unit.updateMany({ where, data: { status, validTo: effectiveDate } });
    if (count !== 1) throw new NotFoundError("Unit");
    await tx.unitChange.create({
      data: { unitId: before.id, kind: input.kind, effectiveDate, oldName: before.name, successorUnitId: successorId, decisionRef: input.decisionRef, note: input.note },
    });
    await recordAudit(tx, viewer, {
      entity: "Unit",
      entityId: before.id,
      action: input.kind === "MERGED" ? "MERGE" : "DISSOLVE",
      before: { status: before.status, validTo: before.validTo, successorUnitId: null },
      after: { status, validTo: effectiveDate, successorUnitId: successorId },
    });
  });
}
