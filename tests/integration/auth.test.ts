import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, changeOwnPassword, loadViewer } from "@/lib/data/auth";
import { DomainValidationError } from "@/lib/data/errors";
import { verifyPassword } from "@/lib/auth/password";
import { REDACTED } from "@/lib/domain/audit-diff";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS } from "@/lib/domain/login-policy";
import { useTestDatabase } from "@/tests/support/database";
import { makeProvince, makeUser, TEST_PASSWORD } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;
let units: Awaited<ReturnType<typeof makeProvince>>;

beforeAll(async () => {
  units = await makeProvince(prisma());
});

describe("authenticate", () => {
  it("accepts the username or the email, in any case, and records the sign-in", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    expect(await authenticate(user.username.toUpperCase(), TEST_PASSWORD, { ip: "10.0.0.1" })).toEqual({ ok: true, userId: user.id });
    expect(await authenticate(user.email!, TEST_PASSWORD)).toEqual({ ok: true, userId: user.id });
    const events = await prisma().loginEvent.findMany({ where: { userId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.success, e.ip])).toEqual([[true, "10.0.0.1"], [true, null]]);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses an unknown user and a wrong password the same way, and records both", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    expect(await authenticate("khong.ton.tai", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.username, "sai-mat-khau")).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma().loginEvent.count({ where: { username: "khong.ton.tai", success: false } })).toBe(1);
    expect(await prisma().loginEvent.count({ where: { userId: user.id, success: false, reason: "wrong-password" } })).toBe(1);
  });

  it(`locks the account after ${MAX_FAILED_SIGN_INS} failures in a row, refuses even the right password, and unlocks after ${LOCK_MINUTES} minutes`, async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    const start = new Date("2026-11-23T08:00:00Z");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await authenticate(user.username, `sai-${i}`, {}, start)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(user.username, "sai-cuoi", {}, start)).toEqual({ ok: false, reason: "locked", minutes: LOCK_MINUTES });
    const tenMinutesLater = new Date(start.getTime() + 10 * 60_000);
    expect(await authenticate(user.username, TEST_PASSWORD, {}, tenMinutesLater)).toEqual({ ok: false, reason: "locked", minutes: LOCK_MINUTES - 10 });
    const afterLock = new Date(start.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect(await authenticate(user.username, TEST_PASSWORD, {}, afterLock)).toEqual({ ok: true, userId: user.id });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("resets the failure count after a successful sign-in", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await authenticate(user.username, "sai");
    expect((await authenticate(user.username, TEST_PASSWORD)).ok).toBe(true);
    expect(await authenticate(user.username, "sai")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account and an account without a role", async () => {
    const inactive = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id, active: false });
    const roleless = await makeUser(prisma());
    expect(await authenticate(inactive.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "inactive" });
    expect(await authenticate(roleless.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "noRole" });
  });
});

describe("loadViewer", () => {
  it("builds the viewer of a school role with the school and its units", async () => {
    const user = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    const viewer = await loadViewer(user.id);
    expect(viewer).toMatchObject({ role: "LECTURER", unitId: units.faculty.id, schoolId: units.school.id, provinceId: units.province.id });
    expect(new Set(viewer!.schoolUnitIds)).toEqual(new Set([units.school.id, units.faculty.id]));
  });

  it("gives a center no school, and a province its own id", async () => {
    const staff = await loadViewer((await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id })).id);
    expect(staff).toMatchObject({ schoolId: null, schoolUnitIds: [], provinceId: units.province.id });
    const admin = await loadViewer((await makeUser(prisma(), { role: "ADMIN", unitId: units.province.id })).id);
    expect(admin?.provinceId).toBe(units.province.id);
  });

  it("acts in the chosen assignment, and only in one of the user's own", async () => {
    const user = await makeUser(prisma(), { role: "TRAINING_OFFICE", unitId: units.school.id });
    const second = await prisma().roleAssignment.create({ data: { userId: user.id, role: "SCHOOL_LEADERSHIP", unitId: units.school.id } });
    const other = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerB.id });
    const othersAssignment = await prisma().roleAssignment.findFirstOrThrow({ where: { userId: other.id } });
    expect((await loadViewer(user.id))?.role).toBe("TRAINING_OFFICE");
    expect((await loadViewer(user.id, second.id))?.role).toBe("SCHOOL_LEADERSHIP");
    expect((await loadViewer(user.id, othersAssignment.id))?.role).toBe("TRAINING_OFFICE");
    expect((await loadViewer(user.id))?.choices).toHaveLength(2);
  });

  it("returns nothing for a deactivated user, so an open session stops working at once", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    expect(await loadViewer(user.id)).not.toBeNull();
    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadViewer(user.id)).toBeNull();
  });
});

describe("changeOwnPassword", () => {
  it("refuses a wrong current password and a new password equal to the old one", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id });
    const viewer = (await loadViewer(user.id))!;
    await expect(changeOwnPassword(viewer, "sai", "MatKhauMoi2027")).rejects.toBeInstanceOf(DomainValidationError);
    await expect(changeOwnPassword(viewer, TEST_PASSWORD, TEST_PASSWORD)).rejects.toMatchObject({ fieldErrors: { newPassword: "validation.passwordSame" } });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("changes the password, clears the must-change flag and audits it without the hash", async () => {
    const user = await makeUser(prisma(), { role: "CENTER_STAFF", unitId: units.centerA.id, mustChangePassword: true });
    const viewer = (await loadViewer(user.id))!;
    await changeOwnPassword(viewer, TEST_PASSWORD, "MatKhauMoi2027");
    const after = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("MatKhauMoi2027", after.passwordHash)).toBe(true);
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: user.id, action: "CHANGE_PASSWORD" } });
    expect(entry.changes).toEqual({ passwordHash: { old: REDACTED, new: REDACTED }, mustChangePassword: { old: true, new: false } });
    expect(JSON.stringify(entry.changes)).not.toContain(after.passwordHash);
  });
});
