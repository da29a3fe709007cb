import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { closeUnit, createUnit, getUnit, getUnitTree, renameUnit } from "@/lib/data/units";
import { CloseUnitSchema, CreateUnitSchema, parseDay, RenameUnitSchema, todayInVietnam, type CreateUnitInput } from "@/lib/validation/units";
import { useTestDatabase } from "@/tests/support/database";
import { makeProvince, makeUser, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let other: Awaited<ReturnType<typeof makeProvince>>;
let admin: Viewer;
let leader: Viewer;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Đơn Vị");
  other = await makeProvince(prisma(), "Tỉnh Láng Giềng");
  admin = await makeViewer(prisma(), "ADMIN", units.province.id);
  leader = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
});

async function snapshot() {
  const [unitRows, changes, audit] = await Promise.all([
    prisma().unit.findMany({ orderBy: { id: "asc" } }),
    prisma().unitChange.findMany({ orderBy: { id: "asc" } }),
    prisma().auditLog.count(),
  ]);
  return JSON.stringify({ unitRows, changes, audit });
}

async function domainError(call: () => Promise<unknown>): Promise<Record<string, string>> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DomainValidationError) return { ...error.fieldErrors, ...(error.messageKey ? { $message: error.messageKey } : {}) };
    throw error;
  }
  throw new Error("the call was not refused");
}

function unitInput(values: Record<string, string>): CreateUnitInput {
  return CreateUnitSchema.parse(values);
}

describe("creating units", () => {
  it("sets provinceId to the nearest province: the province itself, its school, the school's faculty", async () => {
    const { id: provinceId } = await createUnit(admin, unitInput({ kind: "PROVINCE", name: "Tỉnh Hợp Nhất", code: "hn", validFrom: "01/07/2025", decisionRef: "202/2025/QH15" }));
    const province = await prisma().unit.findUniqueOrThrow({ where: { id: provinceId } });
    expect(province).toMatchObject({ provinceId, parentId: null, code: "HN", kind: "PROVINCE", status: "ACTIVE" });
    expect(province.validFrom.toISOString()).toBe("2025-07-01T00:00:00.000Z");

    const { id: schoolId } = await createUnit(admin, unitInput({ kind: "SCHOOL", name: "Trường Chính trị tỉnh Hợp Nhất", code: "HN-TCT", parentId: provinceId }));
    const { id: facultyId } = await createUnit(admin, unitInput({ kind: "FACULTY", name: "Khoa Nhà nước và pháp luật", code: "HN-TCT-NNPL", parentId: schoolId }));
    const { id: centerId } = await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Chính trị xã Mới", code: "HN-TT-XM", parentId: provinceId, centerLevel: "COMMUNE" }));
    expect(await prisma().unit.findUniqueOrThrow({ where: { id: schoolId } })).toMatchObject({ provinceId, parentId: provinceId });
    expect(await prisma().unit.findUniqueOrThrow({ where: { id: facultyId } })).toMatchObject({ provinceId, parentId: schoolId, centerLevel: null });
    expect(await prisma().unit.findUniqueOrThrow({ where: { id: centerId } })).toMatchObject({ provinceId, centerLevel: "COMMUNE" });

    const change = await prisma().unitChange.findFirstOrThrow({ where: { unitId: provinceId } });
    expect(change).toMatchObject({ kind: "CREATED", newName: "Tỉnh Hợp Nhất", decisionRef: "202/2025/QH15" });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Unit", entityId: facultyId } });
    expect(entry).toMatchObject({ action: "CREATE", userId: admin.userId });
    expect(entry.changes).toMatchObject({ name: { old: null, new: "Khoa Nhà nước và pháp luật" }, provinceId: { old: null, new: provinceId } });
  });

  it("keeps the tree's shape: roots without a parent, faculties under a school", async () => {
    const before = await snapshot();
    expect(await domainError(() => createUnit(admin, unitInput({ kind: "FACULTY", name: "Khoa lạc chỗ", code: "LAC-CHO", parentId: units.province.id })))).toEqual({
      parentId: "admin.units.errors.parentKind",
    });
    expect(await domainError(() => createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm không tỉnh", code: "KHONG-TINH" })))).toEqual({
      parentId: "admin.units.errors.parentKind",
    });
    expect(await domainError(() => createUnit(admin, unitInput({ kind: "PROVINCE", name: "Tỉnh con", code: "TINH-CON", parentId: units.province.id })))).toEqual({
      parentId: "admin.units.errors.mustBeRoot",
    });
    expect(await domainError(() => createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm ma", code: "TT-MA", parentId: "khong-co" })))).toEqual({
      parentId: "validation.unknownUnit",
    });
    expect(await snapshot()).toBe(before);
  });

  it("turns a duplicate code into a field error and saves nothing", async () => {
    await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Một", code: "TT-TRUNG", parentId: units.province.id }));
    const before = await snapshot();
    expect(await domainError(() => createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Hai", code: "tt-trung", parentId: units.province.id })))).toEqual({
      code: "admin.units.errors.codeTaken",
    });
    expect(await snapshot()).toBe(before);
  });

  it("is for administrators only", async () => {
    const before = await snapshot();
    await expect(createUnit(leader, unitInput({ kind: "FACULTY", name: "Khoa mới", code: "KHOA-BGH", parentId: units.school.id }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toBe(before);
  });

  it("validates the form: kind, code format, dates in either form", () => {
    const bad = CreateUnitSchema.safeParse({ kind: "VILLAGE", name: "", code: "mã có dấu", validFrom: "31/02/2026" });
    expect(Object.fromEntries(bad.error!.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      kind: "validation.choose",
      name: "validation.required",
      code: "admin.units.errors.code",
      validFrom: "validation.date",
    });
    expect(parseDay("1/7/2025")).toBe("2025-07-01");
    expect(parseDay("2025-07-01")).toBe("2025-07-01");
    expect(parseDay("2025-13-01")).toBeNull();
  });
});

describe("renaming units", () => {
  it("renames from a date under a decision, keeping the old name in the history and the audit log", async () => {
    const { id } = await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Chính trị huyện Cao Lộc", code: "TT-CAOLOC", parentId: units.province.id, centerLevel: "DISTRICT" }));
    await renameUnit(admin, RenameUnitSchema.parse({ unitId: id, name: "Trung tâm Chính trị khu vực Cao Lộc", effectiveDate: "01/07/2025", decisionRef: "360-QĐ/TW" }));

    expect((await prisma().unit.findUniqueOrThrow({ where: { id } })).name).toBe("Trung tâm Chính trị khu vực Cao Lộc");
    const renamed = await prisma().unitChange.findFirstOrThrow({ where: { unitId: id, kind: "RENAMED" } });
    expect(renamed).toMatchObject({ oldName: "Trung tâm Chính trị huyện Cao Lộc", newName: "Trung tâm Chính trị khu vực Cao Lộc", decisionRef: "360-QĐ/TW" });
    expect(renamed.effectiveDate.toISOString()).toBe("2025-07-01T00:00:00.000Z");

    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Unit", entityId: id, action: "RENAME" } });
    expect(entry.changes).toEqual({ name: { old: "Trung tâm Chính trị huyện Cao Lộc", new: "Trung tâm Chính trị khu vực Cao Lộc" } });

    const detail = await getUnit(admin, id);
    expect(detail.changes.map((change) => change.kind)).toEqual(expect.arrayContaining(["RENAMED", "CREATED"]));
  });

  it("refuses the same name, and anyone but an administrator", async () => {
    const before = await snapshot();
    expect(await domainError(() => renameUnit(admin, RenameUnitSchema.parse({ unitId: units.centerB.id, name: units.centerB.name, effectiveDate: "2026-01-01" })))).toEqual({
      name: "admin.units.errors.sameName",
    });
    await expect(renameUnit(leader, RenameUnitSchema.parse({ unitId: units.centerB.id, name: "Tên do BGH đặt", effectiveDate: "2026-01-01" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameUnit(admin, RenameUnitSchema.parse({ unitId: "khong-co", name: "Tên mới", effectiveDate: "2026-01-01" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toBe(before);
  });
});

describe("dissolving and merging units", () => {
  const today = todayInVietnam();

  it("merges a center into a successor of the same kind; its history stays and it can no longer change", async () => {
    const { id: oldCenter } = await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Chính trị huyện Lộc Bình", code: "TT-LOCBINH", parentId: units.province.id, validFrom: "2010-01-01" }));
    const { id: newCenter } = await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm Chính trị khu vực Lộc Bình", code: "TT-KV-LOCBINH", parentId: units.province.id, validFrom: "2025-07-01" }));
    await closeUnit(admin, CloseUnitSchema.parse({ unitId: oldCenter, kind: "MERGED", successorId: newCenter, effectiveDate: "2025-07-01", decisionRef: "360-QĐ/TW" }));

    expect(await prisma().unit.findUniqueOrThrow({ where: { id: oldCenter } })).toMatchObject({ status: "MERGED", validTo: new Date("2025-07-01T00:00:00.000Z") });
    const detail = await getUnit(admin, oldCenter);
    expect(detail.changes[0]).toMatchObject({ kind: "MERGED", successor: { id: newCenter } });
    expect(detail.changes.map((change) => change.kind)).toContain("CREATED");
    expect((await getUnit(admin, newCenter)).succeededChanges.map((change) => change.unit.id)).toEqual([oldCenter]);
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Unit", entityId: oldCenter, action: "MERGE" } });
    expect(entry.changes).toMatchObject({ status: { old: "ACTIVE", new: "MERGED" }, successorUnitId: { old: null, new: newCenter } });

    expect(await domainError(() => renameUnit(admin, RenameUnitSchema.parse({ unitId: oldCenter, name: "Hồi sinh", effectiveDate: today })))).toEqual({ $message: "admin.units.errors.closed" });
  });

  it("refuses a successor of another kind, or none, when merging", async () => {
    const { id } = await createUnit(admin, unitInput({ kind: "CENTER", name: "Trung tâm sáp nhập sai", code: "TT-SAI", parentId: units.province.id, validFrom: "2020-01-01" }));
    const before = await snapshot();
    expect(await domainError(() => closeUnit(admin, { unitId: id, kind: "MERGED", successorId: units.school.id, effectiveDate: today, decisionRef: null, note: null }))).toEqual({
      successorId: "admin.units.errors.successorInvalid",
    });
    expect(await domainError(() => closeUnit(admin, { unitId: id, kind: "MERGED", successorId: id, effectiveDate: today, decisionRef: null, note: null }))).toEqual({
      successorId: "admin.units.errors.successorInvalid",
    });
    expect(CloseUnitSchema.safeParse({ unitId: id, kind: "MERGED", effectiveDate: today }).error?.issues[0]).toMatchObject({ path: ["successorId"], message: "admin.units.errors.successorRequired" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses to close a unit with active sub-units or with accounts, or before it was established", async () => {
    const before = await snapshot();
    expect(await domainError(() => closeUnit(admin, { unitId: units.school.id, kind: "DISSOLVED", successorId: null, effectiveDate: today, decisionRef: null, note: null }))).toEqual({
      $message: "admin.units.errors.hasActiveChildren",
    });
    await makeUser(prisma(), { role: "CENTER_STAFF", unitId: other.centerB.id });
    expect(await domainError(() => closeUnit(admin, { unitId: other.centerB.id, kind: "DISSOLVED", successorId: null, effectiveDate: today, decisionRef: null, note: null }))).toEqual({
      $message: "admin.units.errors.hasAccounts",
    });
    expect(await domainError(() => closeUnit(admin, { unitId: other.centerA.id, kind: "DISSOLVED", successorId: null, effectiveDate: "1990-01-01", decisionRef: null, note: null }))).toEqual({
      effectiveDate: "admin.units.errors.beforeValidFrom",
    });
    const after = JSON.parse(await snapshot());
    const previous = JSON.parse(before);
    expect(after.unitRows).toEqual(previous.unitRows);
    expect(after.changes).toEqual(previous.changes);
  });

  it("dissolves an empty unit", async () => {
    const { id } = await createUnit(admin, unitInput({ kind: "BOARD", name: "Ban cũ", code: "BAN-CU", parentId: other.province.id, validFrom: "2000-01-01" }));
    await closeUnit(admin, { unitId: id, kind: "DISSOLVED", successorId: null, effectiveDate: "2025-03-01", decisionRef: "QĐ 01", note: "Hợp nhất các ban" });
    expect(await prisma().unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DISSOLVED" });
    expect(await prisma().unitChange.findFirstOrThrow({ where: { unitId: id, kind: "DISSOLVED" } })).toMatchObject({ decisionRef: "QĐ 01", note: "Hợp nhất các ban", oldName: "Ban cũ" });
  });
});

describe("reading the tree", () => {
  it("builds a province's tree: school with its faculty, board, centers", async () => {
    const { province, tree, roots } = await getUnitTree(admin, units.province.id);
    expect(province?.id).toBe(units.province.id);
    expect(roots.map((root) => root.id)).toEqual(expect.arrayContaining([units.province.id, other.province.id]));
    const school = tree!.children.find((child) => child.id === units.school.id)!;
    expect(school.children.map((child) => child.id)).toEqual([units.faculty.id]);
    expect(tree!.children.map((child) => child.kind)).toEqual(expect.arrayContaining(["SCHOOL", "BOARD", "CENTER"]));
    // Schools come before the board and the centers.
    expect(tree!.children[0].kind).toBe("SCHOOL");
  });

  it("lets others read only their own province", async () => {
    const center = await makeViewer(prisma(), "CENTER_STAFF", other.centerA.id);
    const { roots, province } = await getUnitTree(center, units.province.id);
    expect(roots.map((root) => root.id)).toEqual([other.province.id]);
    expect(province?.id).toBe(other.province.id);
    await expect(getUnit(center, units.centerA.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getUnit(center, other.school.id)).successorChoices).toEqual([]);
  });
});
