import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requirePermission } from "@/lib/auth/permissions";
import { assignableUnitScope, auditScope, userScope } from "@/lib/auth/scope";
import { hashPassword } from "@/lib/auth/password";
import { compareVietnameseNames, foldDiacritics } from "@/lib/domain/vietnamese-name";
import { db } from "@/lib/db";
import { constraintViolation } from "@/lib/db/errors";
import type { MessageKey } from "@/lib/i18n";
import {
  grantableRoles,
  roleFitsUnit,
  type AddRoleInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
  type UserStatusFilter,
} from "@/lib/validation/users";
import { recordAudit } from "./audit";
import { DomainValidationError, ForbiddenError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;

/** The fields of an account the audit log compares (the password hash is redacted by the diff helper). */
const AUDITED = {
  id: true,
  username: true,
  email: true,
  fullName: true,
  active: true,
  mustChangePassword: true,
  failedLoginCount: true,
  lockedUntil: true,
} satisfies Prisma.UserSelect;

// ───────────────────────────── Reading ─────────────────────────────

export interface UserListFilter {
  /** Username, name or email; accents and case are ignored ("nguyen van duc" finds "Nguyễn Văn Đức"). */
  q?: string;
  role?: Role;
  unitId?: string;
  status?: UserStatusFilter;
  page?: number;
  pageSize?: number;
}

function statusWhere(status: UserStatusFilter | undefined, now: Date): Prisma.UserWhereInput {
  switch (status) {
    case "active":
      return { active: true };
    case "inactive":
      return { active: false };
    case "locked":
      return { lockedUntil: { gt: now } };
    case "mustChange":
      return { mustChangePassword: true };
    default:
      return {};
  }
}

/**
 * The accounts in the viewer's scope, filtered, sorted the Vietnamese way (given name first) and paged.
 * Accounts number in the hundreds per province, so the matching and the sort run on the candidates' names
 * in memory: PostgreSQL here has neither `unaccent` nor a Vietnamese collation, and the User table keeps
 * no sort key. Only the page's rows are then read in full.
 */
export async function listUsers(viewer: Viewer, filter: UserListFilter = {}, now = new Date()) {
  requirePermission(viewer, "users.manage");
  const pageSize = Math.min(Math.max(filter.pageSize ?? 25, 1), 200);
  const where: Prisma.UserWhereInput = {
    AND: [
      userScope(viewer, "read"),
      filter.role || filter.unitId ? { roles: { some: { ...(filter.role ? { role: filter.role } : {}), ...(filter.unitId ? { unitId: filter.unitId } : {}) } } } : {},
      statusWhere(filter.status, now),
    ],
  };
  const candidates = await db.user.findMany({ where, select: { id: true, username: true, fullName: true, email: true } });
  const needle = foldDiacritics(filter.q?.trim() ?? "");
  const matching = needle
    ? candidates.filter((user) => [user.username, user.fullName, user.email ?? ""].some((text) => foldDiacritics(text).includes(needle)))
    : candidates;
  matching.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName) || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));

  const total = matching.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filter.page ?? 1, 1), pages);
  const ids = matching.slice((page - 1) * pageSize, page * pageSize).map((user) => user.id);
  const rows = await db.user.findMany({
    where: { AND: [{ id: { in: ids } }, userScope(viewer, "read")] },
    select: {
      ...AUDITED,
      lastLoginAt: true,
      roles: { orderBy: { validFrom: "asc" }, select: { id: true, role: true, unit: { select: { id: true, name: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total,
    page,
    pageSize,
    pages,
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...row, locked: !!row.lockedUntil && row.lockedUntil > now }] : [];
    }),
  };
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** One account with its roles and recent sign-ins; `manageable` tells whether the viewer may change it. */
export async function getUser(viewer: Viewer, userId: string, now = new Date()) {
  requirePermission(viewer, "users.manage");
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, userScope(viewer, "read")] },
    select: {
      ...AUDITED,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      roles: {
        orderBy: { validFrom: "asc" },
        select: { id: true, role: true, validFrom: true, unit: { select: { id: true, name: true, kind: true, status: true } } },
      },
    },
  });
  if (!user) throw new NotFoundError("User");
  const [writable, loginEvents] = await Promise.all([
    db.user.count({ where: { AND: [{ id: userId }, userScope(viewer, "write")] } }),
    db.loginEvent.findMany({
      where: { userId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, at: true, success: true, reason: true, ip: true, userAgent: true },
    }),
  ]);
  const grantable = grantableRoles(viewer.role);
  return {
    ...user,
    locked: !!user.lockedUntil && user.lockedUntil > now,
    manageable: writable > 0,
    isSelf: user.id === viewer.userId,
    roles: user.roles.map((assignment) => ({
      ...assignment,
      removable: writable > 0 && grantable.includes(assignment.role) && assignment.id !== viewer.assignmentId && user.roles.length > 1,
    })),
    loginEvents,
  };
}

export type UserDetail = Awaited<ReturnType<typeof getUser>>;

/** The active units in which the viewer may give roles, for the role and unit choices of the forms. */
export async function listAssignableUnits(viewer: Viewer) {
  requirePermission(viewer, "users.manage");
  return db.unit.findMany({
    where: { AND: [assignableUnitScope(viewer), { status: "ACTIVE" }] },
    select: { id: true, code: true, name: true, kind: true, province: { select: { name: true } } },
    orderBy: [{ code: "asc" }],
  });
}

/** The choices of the audit log's filters: who acted and on which kinds of record, within the viewer's scope. */
export async function listAuditFilterChoices(viewer: Viewer) {
  requirePermission(viewer, "audit.read");
  const scope = auditScope(viewer);
  const [byUser, byEntity] = await Promise.all([
    db.auditLog.groupBy({ by: ["userId"], where: { AND: [scope, { userId: { not: null } }] } }),
    db.auditLog.groupBy({ by: ["entity"], where: scope }),
  ]);
  const ids = byUser.map((row) => row.userId).filter((id): id is string => id !== null);
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true, fullName: true } });
  users.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  return { users, entities: byEntity.map((row) => row.entity).sort() };
}

// ───────────────────────────── Writing ─────────────────────────────

// No 0/O, 1/l/I: the temporary password is read out or copied by hand.
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A temporary password that satisfies PasswordSchema: 12 characters with letters and digits. */
function temporaryPassword(): string {
  const pick = (alphabet: string) => alphabet[crypto.randomInt(alphabet.length)];
  const characters = [pick(LETTERS), pick(DIGITS), ...Array.from({ length: 10 }, () => pick(LETTERS + DIGITS))];
  for (let i = characters.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [characters[i], characters[j]] = [characters[j], characters[i]];
  }
  return characters.join("");
}

/** A duplicate username, email or role assignment, as the field error the form shows; anything else unchanged. */
function asFieldError(error: unknown): unknown {
  const violation = constraintViolation(error);
  if (violation?.kind !== "unique") return error;
  const constraint = violation.constraint ?? "";
  const fields: Record<string, MessageKey> = constraint.includes("email")
    ? { email: "admin.users.errors.emailTaken" }
    : constraint.includes("RoleAssignment")
      ? { role: "admin.users.errors.roleExists" }
      : constraint.includes("username")
        ? { username: "admin.users.errors.usernameTaken" }
        : { form: "validation.duplicate" };
  return new DomainValidationError(fields);
}

/** Checks that the viewer may grant `role` in `unitId`, and that the role belongs in that kind of unit. */
async function checkGrant(tx: Tx, viewer: Viewer, role: Role, unitId: string) {
  // The form only offers grantable roles: another one is a forged request, not a typing mistake.
  if (!grantableRoles(viewer.role).includes(role)) throw new ForbiddenError(`grant ${role}`);
  const unit = await tx.unit.findFirst({ where: { AND: [{ id: unitId, status: "ACTIVE" }, assignableUnitScope(viewer)] }, select: { id: true, kind: true, name: true } });
  if (!unit) throw new DomainValidationError({ unitId: "validation.unknownUnit" });
  if (!roleFitsUnit(role, unit.kind)) throw new DomainValidationError({ unitId: "admin.users.errors.roleUnitMismatch" });
  return unit;
}

/**
 * Changes an account the viewer may manage, with the scope in the write's own `where`, and records the
 * change in the audit log in the same transaction.
 */
async function changeUser(viewer: Viewer, userId: string, action: string, data: Prisma.UserUpdateManyMutationInput, check?: (before: { id: string }) => void) {
  requirePermission(viewer, "users.manage");
  const where: Prisma.UserWhereInput = { AND: [{ id: userId }, userScope(viewer, "write")] };
  const select = { ...AUDITED, passwordHash: "passwordHash" in data };
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where, select });
    if (!before) throw new NotFoundError("User");
    check?.(before);
    const { count } = await tx.user.updateMany({ where, data });
    if (count !== 1) throw new NotFoundError("User");
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    await recordAudit(tx, viewer, { entity: "User", entityId: userId, action, before, after });
  });
}

/**
 * Creates an account with its first role. The password is either typed by the administrator or generated
 * and returned once; either way the user must change it at the first sign-in.
 */
export async function createUser(viewer: Viewer, input: CreateUserInput): Promise<{ id: string; temporaryPassword: string | null }> {
  requirePermission(viewer, "users.manage");
  const generated = input.mode === "generate" ? temporaryPassword() : null;
  const password = generated ?? input.password;
  if (!password) throw new DomainValidationError({ password: "validation.required" });
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const unit = await checkGrant(tx, viewer, input.role, input.unitId);
      const user = await tx.user.create({
        data: { username: input.username, email: input.email, fullName: input.fullName, passwordHash, mustChangePassword: true },
        select: AUDITED,
      });
      const assignment = await tx.roleAssignment.create({ data: { userId: user.id, role: input.role, unitId: unit.id }, select: { id: true } });
      await recordAudit(tx, viewer, { entity: "User", entityId: user.id, action: "CREATE", after: user });
      await recordAudit(tx, viewer, {
        entity: "User",
        entityId: user.id,
        action: "ADD_ROLE",
        after: { assignmentId: assignment.id, role: input.role, unitId: unit.id, unitName: unit.name },
      });
      return { id: user.id, temporaryPassword: generated };
    });
  } catch (error) {
    throw asFieldError(error);
  }
}

/** Edits an account's name and email. */
export async function updateUser(viewer: Viewer, input: UpdateUserInput) {
  try {
    await changeUser(viewer, input.userId, "UPDATE", { fullName: input.fullName, email: input.email });
  } catch (error) {
    throw asFieldError(error);
  }
}

/** Gives an account another role in a unit (role × unit is unique per account). */
export async function addRoleAssignment(viewer: Viewer, input: AddRoleInput) {
  requirePermission(viewer, "users.manage");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { AND: [{ id: input.userId }, userScope(viewer, "write")] }, select: { id: true } });
      if (!user) throw new NotFoundError("User");
      const unit = await checkGrant(tx, viewer, input.role, input.unitId);
      const assignment = await tx.roleAssignment.create({ data: { userId: user.id, role: input.role, unitId: unit.id }, select: { id: true } });
      await recordAudit(tx, viewer, {
        entity: "User",
        entityId: user.id,
        action: "ADD_ROLE",
        after: { assignmentId: assignment.id, role: input.role, unitId: unit.id, unitName: unit.name },
      });
    });
  } catch (error) {
    throw asFieldError(error);
  }
}

/**
 * Takes a role away. An account keeps at least one role (to shut an account, deactivate it), and nobody
 * removes the assignment they are acting in.
 */
export async function removeRoleAssignment(viewer: Viewer, assignmentId: string) {
  requirePermission(viewer, "users.manage");
  await db.$transaction(async (tx) => {
    const where: Prisma.RoleAssignmentWhereInput = { AND: [{ id: assignmentId }, { user: userScope(viewer, "write") }] };
    const assignment = await tx.roleAssignment.findFirst({ where, select: { id: true, userId: true, role: true, unitId: true, unit: { select: { name: true } } } });
    if (!assignment) throw new NotFoundError("RoleAssignment");
    if (!grantableRoles(viewer.role).includes(assignment.role)) throw new ForbiddenError(`revoke ${assignment.role}`);
    if (assignment.id === viewer.assignmentId) throw new DomainValidationError({}, "admin.users.errors.ownAssignment");
    if ((await tx.roleAssignment.count({ where: { userId: assignment.userId } })) <= 1) throw new DomainValidationError({}, "admin.users.errors.lastRole");
    const { count } = await tx.roleAssignment.deleteMany({ where });
    if (count !== 1) throw new NotFoundError("RoleAssignment");
    await recordAudit(tx, viewer, {
      entity: "User",
      entityId: assignment.userId,
      action: "REMOVE_ROLE",
      before: { assignmentId: assignment.id, role: assignment.role, unitId: assignment.unitId, unitName: assignment.unit.name },
    });
  });
}

/**
 * Sets a temporary password (generated and returned once, or typed), forces a change at the next sign-in
 * and lifts a lock. Viewers change their own password on the account page instead.
 */
export async function resetUserPassword(viewer: Viewer, input: ResetPasswordInput): Promise<{ temporaryPassword: string | null }> {
  requirePermission(viewer, "users.manage");
  if (input.userId === viewer.userId) throw new DomainValidationError({}, "admin.users.errors.resetSelf");
  const generated = input.mode === "generate" ? temporaryPassword() : null;
  const password = generated ?? input.password;
  if (!password) throw new DomainValidationError({ password: "validation.required" });
  const passwordHash = await hashPassword(password);
  await changeUser(viewer, input.userId, "RESET_PASSWORD", { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
  return { temporaryPassword: generated };
}

/** Lifts a lock left by too many failed sign-ins. */
export async function unlockUser(viewer: Viewer, userId: string) {
  await changeUser(viewer, userId, "UNLOCK", { failedLoginCount: 0, lockedUntil: null });
}

/** Deactivates (the account can no longer sign in; its history stays) or reactivates an account. */
export async function setUserActive(viewer: Viewer, userId: string, active: boolean) {
  await changeUser(viewer, userId, active ? "REACTIVATE" : "DEACTIVATE", { active }, (before) => {
    if (!active && before.id === viewer.userId) throw new DomainValidationError({}, "admin.users.errors.deactivateSelf");
  });
}
