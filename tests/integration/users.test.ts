import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authenticate, loadViewer } from "@/lib/data/auth";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import {
  addRoleAssignment,
  createUser,
  getUser,
  listAssignableUnits,
  listUsers,
  removeRoleAssignment,
  resetUserPassword,
  setUserActive,
  unlockUser,
  updateUser,
} from "@/lib/data/users";
import { PasswordSchema } from "@/lib/validation/account";
import { CreateUserSchema, parseUserListQuery, ResetPasswordSchema, UpdateUserSchema } from "@/lib/validation/users";
import { useTestDatabase } from "@/tests/support/database";
import { makeProvince, makeUser, makeViewer, TEST_PASSWORD } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let other: Awaited<ReturnType<typeof makeProvince>>;
let admin: Viewer;
let leader: Viewer;
let otherLeader: Viewer;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Tài Khoản");
  other = await makeProvince(prisma(), "Tỉnh Bên Cạnh");
  admin = await makeViewer(prisma(), "ADMIN", units.province.id);
  leader = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
  otherLeader = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", other.school.id);
});

/** Everything an account write may touch, to prove that a refused one touched nothing. */
async function snapshot() {
  const [users, roles, audit] = await Promise.all([
    prisma().user.findMany({ orderBy: { id: "asc" } }),
    prisma().roleAssignment.findMany({ orderBy: { id: "asc" } }),
    prisma().auditLog.count(),
  ]);
  return JSON.stringify({ users, roles, audit });
}

async function refused(call: () => Promise<unknown>, kind: new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(kind);
  expect(await snapshot(), "a refused write changed the database").toBe(before);
}

async function fieldErrors(call: () => Promise<unknown>): Promise<Record<string, string>> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DomainValidationError) return { ...error.fieldErrors, ...(error.messageKey ? { $message: error.messageKey } : {}) };
    throw error;
  }
  throw new Error("the call was not refused");
}

function parseCreate(values: Record<string, string>) {
  const parsed = CreateUserSchema.safeParse({ mode: "generate", ...values });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe("creating accounts", () => {
  it("creates an account with a generated temporary password that must be changed", async () => {
    const created = await createUser(admin, parseCreate({ username: " Tran.Thi.Hoa ", fullName: "Trần  Thị Hoa", email: "Hoa.TT@Example.vn", role: "TRAINING_OFFICE", unitId: units.school.id }));
    expect(created.temporaryPassword).not.toBeNull();
    expect(PasswordSchema.safeParse(created.temporaryPassword).success).toBe(true);

    const user = await prisma().user.findUniqueOrThrow({ where: { id: created.id }, include: { roles: true } });
    expect(user).toMatchObject({ username: "tran.thi.hoa", fullName: "Trần Thị Hoa", email: "hoa.tt@example.vn", mustChangePassword: true, active: true });
    expect(user.roles).toMatchObject([{ role: "TRAINING_OFFICE", unitId: units.school.id }]);

    expect(await authenticate("tran.thi.hoa", created.temporaryPassword!)).toEqual({ ok: true, userId: created.id });
    expect((await loadViewer(created.id))?.mustChangePassword).toBe(true);

    const audit = await prisma().auditLog.findMany({ where: { entity: "User", entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["CREATE", "ADD_ROLE"]);
    expect(audit[0]).toMatchObject({ userId: admin.userId, role: "ADMIN" });
    expect(audit[0].changes).toMatchObject({ username: { old: null, new: "tran.thi.hoa" }, fullName: { old: null, new: "Trần Thị Hoa" } });
    const logged = JSON.stringify(audit.map((entry) => entry.changes));
    expect(logged).not.toContain(user.passwordHash);
    expect(logged).not.toContain(created.temporaryPassword!);
  });

  it("takes a typed initial password, which must also be changed at the first sign-in", async () => {
    const created = await createUser(admin, parseCreate({ username: "giang.vien.moi", fullName: "Vi Văn Giảng", role: "LECTURER", unitId: units.faculty.id, mode: "manual", password: "KhoiTao2026" }));
    expect(created.temporaryPassword).toBeNull();
    expect(await authenticate("giang.vien.moi", "KhoiTao2026")).toMatchObject({ ok: true });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: created.id } })).mustChangePassword).toBe(true);
  });

  it("reports bad input by field with Vietnamese message keys", () => {
    const result = CreateUserSchema.safeParse({ username: "Nguyễn A", fullName: "  ", email: "khong-phai-email", role: "KING", unitId: "", mode: "manual", password: "ngan" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toMatchObject({
      username: "validation.username",
      fullName: "validation.required",
      email: "validation.email",
      role: "validation.choose",
      unitId: "validation.choose",
      password: "validation.passwordWeak",
    });
  });

  it("turns a duplicate username or email into a field error and saves nothing", async () => {
    await createUser(admin, parseCreate({ username: "trung.lap", fullName: "Hoàng Trùng Lặp", email: "trung.lap@example.vn", role: "TRAINING_OFFICE", unitId: units.school.id }));
    const before = await snapshot();
    expect(await fieldErrors(() => createUser(admin, parseCreate({ username: "TRUNG.LAP", fullName: "Người khác", role: "TRAINING_OFFICE", unitId: units.school.id })))).toEqual({
      username: "admin.users.errors.usernameTaken",
    });
    expect(await fieldErrors(() => createUser(admin, parseCreate({ username: "khac.han", fullName: "Người khác", email: "Trung.Lap@example.vn", role: "TRAINING_OFFICE", unitId: units.school.id })))).toEqual({
      email: "admin.users.errors.emailTaken",
    });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a role in a kind of unit it does not belong in", async () => {
    const before = await snapshot();
    expect(await fieldErrors(() => createUser(admin, parseCreate({ username: "sai.don.vi", fullName: "Sai Đơn Vị", role: "CENTER_STAFF", unitId: units.school.id })))).toEqual({
      unitId: "admin.users.errors.roleUnitMismatch",
    });
    expect(await snapshot()).toBe(before);
  });
});

describe("school leadership", () => {
  it("creates accounts of its own school in the roles it may grant", async () => {
    const created = await createUser(leader, parseCreate({ username: "pho.phong.dt", fullName: "Lục Thị Phó", role: "TRAINING_OFFICE", unitId: units.school.id }));
    expect((await getUser(leader, created.id)).manageable).toBe(true);
    expect((await listAssignableUnits(leader)).map((unit) => unit.id).sort()).toEqual([units.school.id, units.faculty.id].sort());
  });

  it("cannot grant ADMIN, PROVINCIAL_BOARD or CENTER_STAFF", async () => {
    for (const role of ["ADMIN", "PROVINCIAL_BOARD", "CENTER_STAFF"] as const) {
      await refused(() => createUser(leader, parseCreate({ username: `cap.quyen.${role.toLowerCase()}`, fullName: "Cấp Quyền", role, unitId: units.school.id })), ForbiddenError);
    }
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await refused(() => addRoleAssignment(leader, { userId: target.id, role: "ADMIN", unitId: units.school.id }), ForbiddenError);
  });

  it("cannot give a role in a unit outside its school", async () => {
    const before = await snapshot();
    expect(await fieldErrors(() => createUser(leader, parseCreate({ username: "ngoai.truong", fullName: "Ngoài Trường", role: "LECTURER", unitId: other.faculty.id })))).toEqual({
      unitId: "validation.unknownUnit",
    });
    expect(await snapshot()).toBe(before);
  });

  it("can neither see nor change an administrator's account", async () => {
    await expect(getUser(leader, admin.userId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listUsers(leader, { pageSize: 200 })).rows.map((row) => row.id)).not.toContain(admin.userId);
    await refused(() => updateUser(leader, { userId: admin.userId, fullName: "Đổi Tên Quản Trị", email: null }), NotFoundError);
    await refused(() => resetUserPassword(leader, { userId: admin.userId, mode: "generate" }), NotFoundError);
    await refused(() => setUserActive(leader, admin.userId, false), NotFoundError);
    await refused(() => unlockUser(leader, admin.userId), NotFoundError);
    await refused(() => addRoleAssignment(leader, { userId: admin.userId, role: "LECTURER", unitId: units.faculty.id }), NotFoundError);
  });

  it("can neither see nor change an account of another school", async () => {
    const stranger = await makeUser(prisma(), { role: "TRAINING_OFFICE", unitId: other.school.id, fullName: "Người Tỉnh Khác" });
    const strangerRole = await prisma().roleAssignment.findFirstOrThrow({ where: { userId: stranger.id } });
    await expect(getUser(leader, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listUsers(leader, { q: "Người Tỉnh Khác" })).total).toBe(0);
    await refused(() => updateUser(leader, { userId: stranger.id, fullName: "Bị Sửa", email: null }), NotFoundError);
    await refused(() => resetUserPassword(leader, { userId: stranger.id, mode: "generate" }), NotFoundError);
    await refused(() => removeRoleAssignment(leader, strangerRole.id), NotFoundError);
    // …and the other school's leader cannot reach this school's accounts either.
    const own = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await refused(() => setUserActive(otherLeader, own.id, false), NotFoundError);
  });

  it("sees, but may not change, an account that also holds a role outside the school", async () => {
    const shared = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id, fullName: "Kiêm Nhiệm" });
    await prisma().roleAssignment.create({ data: { userId: shared.id, role: "CENTER_STAFF", unitId: units.centerA.id } });
    const detail = await getUser(leader, shared.id);
    expect(detail.manageable).toBe(false);
    expect(detail.roles.every((role) => !role.removable)).toBe(true);
    await refused(() => updateUser(leader, { userId: shared.id, fullName: "Bị Sửa", email: null }), NotFoundError);
    await refused(() => resetUserPassword(leader, { userId: shared.id, mode: "generate" }), NotFoundError);
  });

  it("is refused by every account function when it has no users.manage permission", async () => {
    const office = await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id);
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await expect(listUsers(office)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getUser(office, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await refused(() => updateUser(office, { userId: target.id, fullName: "Không Được", email: null }), ForbiddenError);
  });
});

describe("changing accounts", () => {
  it("edits the name and email and records old and new values", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id, fullName: "Nông Thị Cũ" });
    const parsed = UpdateUserSchema.parse({ userId: target.id, fullName: "Nông Thị Mới", email: "" });
    await updateUser(leader, parsed);
    const user = await prisma().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(user).toMatchObject({ fullName: "Nông Thị Mới", email: null });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: target.id, action: "UPDATE" } });
    expect(entry.changes).toEqual({ fullName: { old: "Nông Thị Cũ", new: "Nông Thị Mới" }, email: { old: target.email, new: null } });
    expect(entry).toMatchObject({ userId: leader.userId, role: "SCHOOL_LEADERSHIP", unitId: units.school.id });
  });

  it("adds and removes roles; a role twice in one unit is a field error", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await addRoleAssignment(leader, { userId: target.id, role: "TRAINING_OFFICE", unitId: units.school.id });
    expect(await fieldErrors(() => addRoleAssignment(leader, { userId: target.id, role: "TRAINING_OFFICE", unitId: units.school.id }))).toEqual({
      role: "admin.users.errors.roleExists",
    });
    const added = await prisma().roleAssignment.findFirstOrThrow({ where: { userId: target.id, role: "TRAINING_OFFICE" } });
    await removeRoleAssignment(leader, added.id);
    expect(await prisma().roleAssignment.count({ where: { userId: target.id } })).toBe(1);
    const actions = (await prisma().auditLog.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["ADD_ROLE", "REMOVE_ROLE"]);
  });

  it("keeps the last role and the role the viewer is acting in", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    const only = await prisma().roleAssignment.findFirstOrThrow({ where: { userId: target.id } });
    expect(await fieldErrors(() => removeRoleAssignment(admin, only.id))).toEqual({ $message: "admin.users.errors.lastRole" });

    await prisma().roleAssignment.create({ data: { userId: leader.userId, role: "LECTURER", unitId: units.faculty.id } });
    expect(await fieldErrors(() => removeRoleAssignment(leader, leader.assignmentId))).toEqual({ $message: "admin.users.errors.ownAssignment" });
    await prisma().roleAssignment.deleteMany({ where: { userId: leader.userId, role: "LECTURER" } });
  });

  it("resets a password: a temporary one, a forced change and no lock", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await prisma().user.update({ where: { id: target.id }, data: { failedLoginCount: 3, lockedUntil: new Date(Date.now() + 10 * 60_000) } });

    const { temporaryPassword } = await resetUserPassword(admin, ResetPasswordSchema.parse({ userId: target.id, mode: "generate" }));
    expect(temporaryPassword).toBeTruthy();
    const user = await prisma().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(user).toMatchObject({ mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
    expect(await authenticate(target.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(target.username, temporaryPassword!)).toMatchObject({ ok: true });
    expect((await loadViewer(target.id))?.mustChangePassword).toBe(true);

    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "RESET_PASSWORD" } });
    expect(entry.changes).toMatchObject({ passwordHash: { old: "[ẩn]", new: "[ẩn]" }, mustChangePassword: { old: false, new: true }, lockedUntil: { new: null } });
    expect(JSON.stringify(entry.changes)).not.toContain(user.passwordHash);
  });

  it("does not reset one's own password here", async () => {
    expect(await fieldErrors(() => resetUserPassword(admin, { userId: admin.userId, mode: "generate" }))).toEqual({ $message: "admin.users.errors.resetSelf" });
  });

  it("unlocks a locked account", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    await prisma().user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 10 * 60_000) } });
    expect(await authenticate(target.username, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    await unlockUser(leader, target.id);
    expect(await authenticate(target.username, TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("deactivates an account, which then cannot sign in or act; and reactivates it", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    expect(await loadViewer(target.id)).not.toBeNull();
    await setUserActive(leader, target.id, false);
    expect(await loadViewer(target.id)).toBeNull();
    expect(await authenticate(target.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "inactive" });
    await setUserActive(leader, target.id, true);
    expect(await loadViewer(target.id)).not.toBeNull();
    const actions = (await prisma().auditLog.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["DEACTIVATE", "REACTIVATE"]);
  });

  it("refuses to deactivate oneself", async () => {
    const before = await snapshot();
    expect(await fieldErrors(() => setUserActive(admin, admin.userId, false))).toEqual({ $message: "admin.users.errors.deactivateSelf" });
    expect(await snapshot()).toBe(before);
  });
});

describe("listing accounts", () => {
  let province: Awaited<ReturnType<typeof makeProvince>>;
  let boss: Viewer;

  beforeAll(async () => {
    province = await makeProvince(prisma(), "Tỉnh Danh Sách");
    boss = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", province.school.id);
    const names = ["Nguyễn Văn Đức", "Trần Thị An", "Lê Minh Bình", "Phạm Thị Ánh", "Hoàng Văn Đông"];
    for (const [i, fullName] of names.entries()) {
      await makeUser(prisma(), { role: i % 2 === 0 ? "LECTURER" : "TRAINING_OFFICE", unitId: i % 2 === 0 ? province.faculty.id : province.school.id, fullName, username: `ds.${i}` });
    }
    await prisma().user.update({ where: { username: "ds.4" }, data: { active: false } });
  });

  it("finds names without diacritics and ignores case", async () => {
    const found = await listUsers(boss, { q: "nguyen van duc" });
    expect(found.rows.map((row) => row.fullName)).toEqual(["Nguyễn Văn Đức"]);
    expect((await listUsers(boss, { q: "DS.3" })).rows.map((row) => row.username)).toEqual(["ds.3"]);
  });

  it("sorts by given name the Vietnamese way and pages", async () => {
    const all = await listUsers(boss, { pageSize: 50 });
    // The leader's own account is in the school too (made by makeViewer as "Nguyễn Văn Thử").
    expect(all.rows.map((row) => row.fullName)).toEqual(["Trần Thị An", "Phạm Thị Ánh", "Lê Minh Bình", "Hoàng Văn Đông", "Nguyễn Văn Đức", "Nguyễn Văn Thử"]);
    const second = await listUsers(boss, { pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 6, page: 2, pages: 3 });
    expect(second.rows.map((row) => row.fullName)).toEqual(["Lê Minh Bình", "Hoàng Văn Đông"]);
    expect((await listUsers(boss, { pageSize: 2, page: 99 })).page).toBe(3);
  });

  it("filters by role, unit and status", async () => {
    expect((await listUsers(boss, { role: "LECTURER" })).rows.map((row) => row.username).sort()).toEqual(["ds.0", "ds.2", "ds.4"]);
    expect((await listUsers(boss, { unitId: province.faculty.id, status: "active" })).rows.map((row) => row.username).sort()).toEqual(["ds.0", "ds.2"]);
    expect((await listUsers(boss, { status: "inactive" })).rows.map((row) => row.username)).toEqual(["ds.4"]);
  });

  it("reads the list's search parameters, dropping bad values", () => {
    expect(parseUserListQuery({ q: " an ", role: "KING", status: "locked", page: "-3", unitId: ["u1", "u2"] })).toEqual({ q: "an", role: undefined, unitId: "u1", status: "locked", page: 1 });
  });
});
