import crypto from "node:crypto";
import {
  addRoleAction,
  createUserAction,
  removeRoleAction,
  resetPasswordAction,
  setUserActiveAction,
  unlockUserAction,
  updateUserAction,
} from "@/app/(app)/admin/users/actions";
import { closeUnitAction, createUnitAction, renameUnitAction } from "@/app/(app)/admin/units/actions";
import {
  addRoleAssignment,
  createUser,
  getUser,
  listAssignableUnits,
  listAuditFilterChoices,
  listUsers,
  removeRoleAssignment,
  resetUserPassword,
  setUserActive,
  unlockUser,
  updateUser,
} from "@/lib/data/users";
import { closeUnit, createUnit, getUnit, getUnitTree, renameUnit, type UnitTree } from "@/lib/data/units";
import { todayInVietnam } from "@/lib/validation/units";
import type { MatrixEntry } from "./types";
import type { ViewerKey, World } from "./world";
import { form } from "@/tests/support/request-stubs";

// Accounts are managed by administrators (all) and school leadership (accounts whose every role is in its
// school); units by administrators; the unit tree is read within unitScope. The world's training-office
// account (a role in the school) is the account every call aims at.

const managers: ViewerKey[] = ["admin", "leadership"];
const inProvince: ViewerKey[] = ["admin", "leadership", "office", "lecturer", "centerA", "centerB", "board"];

function newUsername(viewerUsername: string, prefix: string) {
  return `${prefix}.${viewerUsername}`.slice(0, 40);
}

/** An extra role for the office account, so that removing one is allowed by the last-role rule. */
async function withExtraRole<T>(world: World, call: (assignmentId: string) => Promise<T>): Promise<T> {
  const extra = await world.prisma.roleAssignment.create({ data: { userId: world.users.office.id, role: "LECTURER", unitId: world.units.faculty.id } });
  try {
    return await call(extra.id);
  } finally {
    await world.prisma.roleAssignment.deleteMany({ where: { id: extra.id } });
  }
}

/** Adds the office account a lecturer role, then takes it away again so that the next caller can add it too. */
async function thenDropAddedRole<T>(world: World, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } finally {
    await world.prisma.roleAssignment.deleteMany({ where: { userId: world.users.office.id, role: "LECTURER", unitId: world.units.faculty.id } });
  }
}

const uniqueCode = () => `MT-${crypto.randomBytes(4).toString("hex").toUpperCase()}`;

export const entries: MatrixEntry[] = [
  // ── Accounts: data functions ──
  {
    name: "lib/data/users.ts#listUsers",
    kind: "read",
    allowed: managers,
    call: (_world, viewer) => listUsers(viewer),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof listUsers>>).rows.some((row) => row.id === world.users.office.id),
  },
  {
    name: "lib/data/users.ts#getUser",
    kind: "read",
    allowed: managers,
    call: (world, viewer) => getUser(viewer, world.users.office.id),
  },
  {
    name: "lib/data/users.ts#listAssignableUnits",
    kind: "read",
    allowed: managers,
    call: (_world, viewer) => listAssignableUnits(viewer),
    succeeded: (result, world) => (result as { id: string }[]).some((unit) => unit.id === world.units.school.id),
  },
  {
    name: "lib/data/users.ts#listAuditFilterChoices",
    kind: "read",
    allowed: managers,
    call: (_world, viewer) => listAuditFilterChoices(viewer),
  },
  {
    name: "lib/data/users.ts#createUser",
    kind: "write",
    allowed: managers,
    call: (world, viewer) =>
      createUser(viewer, {
        username: newUsername(viewer.username, "moi"),
        fullName: "Trần Thị Mới",
        email: null,
        role: "TRAINING_OFFICE",
        unitId: world.units.school.id,
        mode: "generate",
      }),
  },
  {
    name: "lib/data/users.ts#updateUser",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => updateUser(viewer, { userId: world.users.office.id, fullName: "Lê Văn Đào (sửa)", email: null }),
  },
  {
    name: "lib/data/users.ts#addRoleAssignment",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => thenDropAddedRole(world, () => addRoleAssignment(viewer, { userId: world.users.office.id, role: "LECTURER", unitId: world.units.faculty.id })),
  },
  {
    name: "lib/data/users.ts#removeRoleAssignment",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => withExtraRole(world, (assignmentId) => removeRoleAssignment(viewer, assignmentId)),
  },
  {
    name: "lib/data/users.ts#resetUserPassword",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => resetUserPassword(viewer, { userId: world.users.office.id, mode: "generate" }),
  },
  {
    name: "lib/data/users.ts#unlockUser",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => unlockUser(viewer, world.users.office.id),
  },
  {
    name: "lib/data/users.ts#setUserActive",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => setUserActive(viewer, world.users.office.id, false),
  },

  // ── Accounts: actions ──
  {
    name: "app/(app)/admin/users/actions.ts#createUserAction",
    kind: "write",
    allowed: managers,
    call: (world, viewer) =>
      createUserAction(
        {},
        form({ username: newUsername(viewer.username, "tk"), fullName: "Hà Văn Mới", email: "", role: "LECTURER", unitId: world.units.faculty.id, mode: "generate" }),
      ),
  },
  {
    name: "app/(app)/admin/users/actions.ts#updateUserAction",
    kind: "write",
    allowed: managers,
    call: (world, viewer) => updateUserAction({}, form({ userId: world.users.office.id, fullName: `Lê Văn Đào ${viewer.username}`, email: "" })),
  },
  {
    name: "app/(app)/admin/users/actions.ts#addRoleAction",
    kind: "write",
    allowed: managers,
    call: (world) => thenDropAddedRole(world, () => addRoleAction({}, form({ userId: world.users.office.id, role: "LECTURER", unitId: world.units.faculty.id }))),
  },
  {
    name: "app/(app)/admin/users/actions.ts#removeRoleAction",
    kind: "write",
    allowed: managers,
    call: (world) => withExtraRole(world, (assignmentId) => removeRoleAction({}, form({ assignmentId, userId: world.users.office.id }))),
  },
  {
    name: "app/(app)/admin/users/actions.ts#resetPasswordAction",
    kind: "write",
    allowed: managers,
    call: (world) => resetPasswordAction({}, form({ userId: world.users.office.id, mode: "manual", password: "TamThoi2026" })),
  },
  {
    name: "app/(app)/admin/users/actions.ts#unlockUserAction",
    kind: "write",
    allowed: managers,
    call: (world) => unlockUserAction({}, form({ userId: world.users.office.id })),
  },
  {
    name: "app/(app)/admin/users/actions.ts#setUserActiveAction",
    kind: "write",
    allowed: managers,
    call: (world) => setUserActiveAction({}, form({ userId: world.users.office.id, active: "false" })),
  },

  // ── Units ──
  {
    name: "lib/data/units.ts#getUnitTree",
    kind: "read",
    // Everyone reads the units of their own province (unitScope); the other province's school sees only its own.
    allowed: inProvince,
    call: (world, viewer) => getUnitTree(viewer, world.units.province.id),
    succeeded: (result, world) => (result as UnitTree).tree?.id === world.units.province.id,
  },
  {
    name: "lib/data/units.ts#getUnit",
    kind: "read",
    allowed: inProvince,
    call: (world, viewer) => getUnit(viewer, world.units.centerA.id),
  },
  {
    name: "lib/data/units.ts#createUnit",
    kind: "write",
    allowed: ["admin"],
    call: (world, viewer) =>
      createUnit(viewer, {
        kind: "CENTER",
        name: "Trung tâm Chính trị xã Mới",
        shortName: null,
        code: uniqueCode(),
        parentId: world.units.province.id,
        centerLevel: "COMMUNE",
        validFrom: "2026-01-01",
        decisionRef: null,
      }),
  },
  {
    name: "lib/data/units.ts#renameUnit",
    kind: "write",
    allowed: ["admin"],
    call: (world, viewer) =>
      renameUnit(viewer, { unitId: world.units.centerB.id, name: `Trung tâm Chính trị khu vực B (${viewer.username})`, shortName: null, effectiveDate: "2026-07-01", decisionRef: "360-QĐ/TW", note: null }),
  },
  {
    name: "lib/data/units.ts#closeUnit",
    kind: "write",
    // The other province's center A has no sub-units and no accounts, so it may be dissolved.
    allowed: ["admin"],
    call: (world, viewer) => closeUnit(viewer, { unitId: world.other.centerA.id, kind: "DISSOLVED", successorId: null, effectiveDate: todayInVietnam(), decisionRef: null, note: null }),
  },
  {
    name: "app/(app)/admin/units/actions.ts#createUnitAction",
    kind: "write",
    allowed: ["admin"],
    call: (world) =>
      createUnitAction({}, form({ kind: "FACULTY", name: "Khoa Lý luận cơ sở", code: uniqueCode(), parentId: world.units.school.id, validFrom: "2026-01-01" })),
  },
  {
    name: "app/(app)/admin/units/actions.ts#renameUnitAction",
    kind: "write",
    allowed: ["admin"],
    call: (world, viewer) => renameUnitAction({}, form({ unitId: world.units.centerB.id, name: `Trung tâm B ${viewer.username}`, effectiveDate: "01/07/2026" })),
  },
  {
    name: "app/(app)/admin/units/actions.ts#closeUnitAction",
    kind: "write",
    allowed: ["admin"],
    call: (world) => closeUnitAction({}, form({ unitId: world.other.centerB.id, kind: "DISSOLVED", effectiveDate: todayInVietnam() })),
  },
];
