import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, minutesLeft } from "@/lib/domain/login-policy";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "inactive" | "noRole" }
  | { ok: false; reason: "locked"; minutes: number };

export interface SignInMeta {
  ip?: string | null;
  userAgent?: string | null;
}

// A hash to compare against when the user does not exist, so both paths take the same time.
const dummyHash = hashPassword("không-có-tài-khoản-này");

/** Checks a sign-in, counts failures, locks after too many and records every attempt. */
export async function authenticate(identifier: string, password: string, meta: SignInMeta = {}, now = new Date()): Promise<SignInResult> {
  const name = identifier.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: { OR: [{ username: name }, { email: name }] },
    select: { id: true, username: true, passwordHash: true, active: true, failedLoginCount: true, lockedUntil: true, _count: { select: { roles: true } } },
  });
  const log = (success: boolean, reason: string | null) =>
    db.loginEvent.create({
      data: { userId: user?.id ?? null, username: name.slice(0, 200), success, reason, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null },
    });

  if (!user) {
    await verifyPassword(password, await dummyHash);
    await log(false, "unknown-user");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await log(false, "locked");
    return { ok: false, reason: "locked", minutes: minutesLeft(user.lockedUntil, now) };
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failures = (user.lockedUntil ? 0 : user.failedLoginCount) + 1;
    const lock = failures >= MAX_FAILED_SIGN_INS;
    await db.$transaction([
      db.user.update({
        where: { id: user.id },
        data: { failedLoginCount: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null },
      }),
      log(false, lock ? "wrong-password-locked" : "wrong-password"),
    ]);
    return lock ? { ok: false, reason: "locked", minutes: LOCK_MINUTES } : { ok: false, reason: "invalid" };
  }
  if (!user.active) {
    await log(false, "inactive");
    return { ok: false, reason: "inactive" };
  }
  if (user._count.roles === 0) {
    await log(false, "no-role");
    return { ok: false, reason: "noRole" };
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } }),
    log(true, null),
  ]);
  return { ok: true, userId: user.id };
}

/**
 * The viewer for a signed-in user id, acting in the chosen assignment (or the first one).
 * Null when the user no longer exists, is deactivated or holds no role.
 */
export async function loadViewer(userId: string, assignmentId?: string | null): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, username: true, fullName: true, active: true, mustChangePassword: true,
      roles: {
        orderBy: { validFrom: "asc" },
        select: { id: true, role: true, unit: { select: { id: true, name: true, kind: true, provinceId: true, parentId: true, parent: { select: { kind: true } } } } },
      },
    },
  });
  if (!user || !user.active || user.roles.length === 0) return null;
  const chosen = user.roles.find((r) => r.id === assignmentId) ?? user.roles[0];
  const unit = chosen.unit;
  const isSchoolRole = chosen.role === "SCHOOL_LEADERSHIP" || chosen.role === "TRAINING_OFFICE" || chosen.role === "LECTURER";
  const schoolId = !isSchoolRole ? null : unit.kind === "SCHOOL" ? unit.id : unit.parent?.kind === "SCHOOL" ? unit.parentId : null;
  const [schoolUnits, teaching] = await Promise.all([
    schoolId ? db.unit.findMany({ where: { OR: [{ id: schoolId }, { parentId: schoolId }] }, select: { id: true } }) : [],
    chosen.role === "LECTURER"
      ? db.classSubjectAssignment.findMany({ where: { lecturer: { userId: user.id } }, select: { classId: true, subjectId: true } })
      : [],
  ]);
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: chosen.role,
    assignmentId: chosen.id,
    unitId: unit.id,
    unitName: unit.name,
    unitKind: unit.kind,
    provinceId: unit.kind === "PROVINCE" ? unit.id : unit.provinceId,
    schoolId,
    schoolUnitIds: schoolUnits.map((u) => u.id),
    teaching,
    mustChangePassword: user.mustChangePassword,
    choices: user.roles.map((r) => ({ assignmentId: r.id, role: r.role, unitId: r.unit.id, unitName: r.unit.name })),
  };
}

/** The signed-in user changes their own password. */
export async function changeOwnPassword(viewer: Viewer, currentPassword: string, newPassword: string) {
  const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { id: true, passwordHash: true, mustChangePassword: true } });
  if (!user) throw new NotFoundError("User");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new DomainValidationError({ currentPassword: "auth.changePassword.wrongCurrent" });
  }
  if (await verifyPassword(newPassword, user.passwordHash)) {
    throw new DomainValidationError({ newPassword: "validation.passwordSame" });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    await recordAudit(tx, viewer, { entity: "User", entityId: user.id, action: "CHANGE_PASSWORD", before: user, after });
  });
}
