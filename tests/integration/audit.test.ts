import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { listAuditEntries, recordAudit } from "@/lib/data/audit";
import { ForbiddenError } from "@/lib/data/errors";
import { listAuditFilterChoices, updateUser } from "@/lib/data/users";
import { renameUnit } from "@/lib/data/units";
import { dayStartInVietnam } from "@/lib/validation/units";
import { parseAuditQuery } from "@/lib/validation/users";
import { useTestDatabase } from "@/tests/support/database";
import { makeProvince, makeUser, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let admin: Viewer;
let leader: Viewer;
let office: Viewer;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Nhật Ký");
  admin = await makeViewer(prisma(), "ADMIN", units.province.id);
  leader = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
  office = await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id);
});

describe("the audit log", () => {
  it("shows the old and new values of an edited account", async () => {
    const target = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id, fullName: "Đinh Văn Cũ" });
    await updateUser(admin, { userId: target.id, fullName: "Đinh Văn Mới", email: target.email });
    const log = await listAuditEntries(admin, { entity: "User", entityId: target.id });
    expect(log.total).toBe(1);
    expect(log.rows[0]).toMatchObject({
      action: "UPDATE",
      role: "ADMIN",
      user: { username: admin.username },
      changes: { fullName: { old: "Đinh Văn Cũ", new: "Đinh Văn Mới" } },
    });
    expect(Object.keys(log.rows[0].changes as object)).toEqual(["fullName"]);
  });

  it("shows a unit's rename", async () => {
    await renameUnit(admin, { unitId: units.centerB.id, name: "Trung tâm Chính trị khu vực B", shortName: null, effectiveDate: "2025-07-01", decisionRef: null, note: null });
    const log = await listAuditEntries(admin, { entity: "Unit", entityId: units.centerB.id });
    expect(log.rows[0]).toMatchObject({ action: "RENAME", changes: { name: { old: "Trung tâm Chính trị huyện B", new: "Trung tâm Chính trị khu vực B" } } });
  });

  it("filters by user, entity and Vietnam calendar days, and pages newest first", async () => {
    const entityId = `filter-${Date.now()}`;
    // 23:30 on 1 March in Vietnam is still 1 March there, though it is 16:30 UTC.
    const times = ["2026-03-01T16:30:00.000Z", "2026-03-01T17:30:00.000Z", "2026-03-02T03:00:00.000Z", "2026-03-03T01:00:00.000Z", "2026-03-04T10:00:00.000Z"];
    for (const [i, at] of times.entries()) {
      await prisma().auditLog.create({
        data: { at: new Date(at), userId: i % 2 === 0 ? office.userId : leader.userId, role: i % 2 === 0 ? "TRAINING_OFFICE" : "SCHOOL_LEADERSHIP", unitId: units.school.id, entity: "TrainingClass", entityId, action: "UPDATE", changes: { location: { old: `P${i}`, new: `P${i + 1}` } } },
      });
    }
    const all = await listAuditEntries(admin, { entityId });
    expect(all.total).toBe(5);
    expect(all.rows.map((row) => (row.at as Date).toISOString())).toEqual([...times].reverse());

    const byUser = await listAuditEntries(admin, { entityId, userId: office.userId });
    expect(byUser.total).toBe(3);

    // 2 March in Vietnam: from 1 March 17:00 UTC to 2 March 17:00 UTC.
    const day = await listAuditEntries(admin, { entityId, from: dayStartInVietnam("2026-03-02"), to: dayStartInVietnam("2026-03-02") });
    expect(day.rows.map((row) => (row.at as Date).toISOString())).toEqual(["2026-03-02T03:00:00.000Z", "2026-03-01T17:30:00.000Z"]);

    const page2 = await listAuditEntries(admin, { entityId, page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.rows.map((row) => (row.at as Date).toISOString())).toEqual([times[2], times[1]]);

    expect((await listAuditEntries(admin, { entityId, entity: "User" })).total).toBe(0);
  });

  it("shows school leadership only what was done in its school's units", async () => {
    const entityId = `scope-${Date.now()}`;
    await prisma().$transaction(async (tx) => {
      await recordAudit(tx, office, { entity: "TrainingClass", entityId, action: "UPDATE", before: { plannedSize: 80 }, after: { plannedSize: 75 } });
      await recordAudit(tx, admin, { entity: "TrainingClass", entityId, action: "UPDATE", before: { plannedSize: 75 }, after: { plannedSize: 70 } });
    });
    expect((await listAuditEntries(admin, { entityId })).total).toBe(2);
    const seen = await listAuditEntries(leader, { entityId });
    expect(seen.rows.map((row) => row.user?.username)).toEqual([office.username]);
    await expect(listAuditEntries(office, { entityId })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("offers the users and entities of the viewer's scope as filter choices", async () => {
    const forAdmin = await listAuditFilterChoices(admin);
    expect(forAdmin.users.map((user) => user.id)).toEqual(expect.arrayContaining([admin.userId, office.userId, leader.userId]));
    expect(forAdmin.entities).toEqual(expect.arrayContaining(["TrainingClass", "Unit", "User"]));
    const forLeader = await listAuditFilterChoices(leader);
    expect(forLeader.users.map((user) => user.id)).not.toContain(admin.userId);
    expect(forLeader.entities).not.toContain("Unit");
    await expect(listAuditFilterChoices(office)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reads the page's search parameters, dropping bad values", () => {
    expect(parseAuditQuery({ userId: "u1", entity: "User", entityId: "abc", from: "01/03/2026", to: "2026-02-30", page: "3" })).toEqual({
      userId: "u1",
      entity: "User",
      entityId: "abc",
      from: "2026-03-01",
      to: undefined,
      page: 3,
    });
    expect(parseAuditQuery({ entity: "User; DROP TABLE", page: "x" })).toMatchObject({ entity: undefined, page: 1 });
  });
});
