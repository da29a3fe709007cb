import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { OverCapacityError } from "@/lib/data/enrolments";
import { importLearners, previewLearnerImport } from "@/lib/data/learner-import";
import { IMPORT_COLUMNS, IMPORT_HEADERS } from "@/lib/domain/learner-import";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { useTestDatabase } from "@/tests/support/database";
import { citizenId, makeClass, makeProgram, makeProvince, makeViewer } from "@/tests/support/factories";
import { session } from "@/tests/support/request-stubs";

vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { previewImportAction, commitImportAction } = await import("@/app/(app)/learners/import/actions");
const { GET: templateGET } = await import("@/app/api/learners/import-template/route");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let centerA: Viewer;
let centerB: Viewer;
const header = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]);

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Nhập Tệp");
  centerA = await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id);
  centerB = await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id);
});

function row(fullName: string, cccd: string, overrides: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {}): string[] {
  const values: Record<string, string> = {
    fullName,
    citizenId: cccd,
    birthDate: "12/06/1980",
    gender: "Nam",
    ethnicity: "Tày",
    partyMembership: "Chính thức",
    position: "Bí thư chi bộ",
    workplace: "Chi bộ thôn Bản Chắt",
    education: "Đại học",
    theoryLevel: "Sơ cấp",
    phone: "",
    email: "",
    ...overrides,
  };
  return IMPORT_COLUMNS.map((c) => values[c]);
}

async function existing(fullName: string, homeUnitId: string) {
  return prisma().learner.create({
    data: { citizenId: citizenId(), fullName, sortKey: nameSortKey(fullName), birthDate: new Date("1979-01-01"), gender: "FEMALE", homeUnitId, partyMembership: "OFFICIAL", education: "BACHELOR" },
  });
}

describe("learners import", () => {
  it("the dry run reports bad rows by column, new rows, and learners already registered — without revealing another unit's", async () => {
    const mine = await existing("Hoàng Thị Đã Có", units.centerA.id);
    const theirs = await existing("Lộc Thị Bí Mật", units.centerB.id);
    const dup = citizenId();
    const cells = [
      header,
      row("Nguyễn Văn Mới", citizenId()),
      row("", "12345"),
      row("Lê Văn Trùng", dup),
      row("Lê Văn Trùng Lại", dup),
      row("Sai Ngày Sinh", citizenId(), { birthDate: "31/02/1980", gender: "Không rõ" }),
      row("Hoàng Thị Đã Có", mine.citizenId),
      row("Tên Khác", theirs.citizenId),
    ];
    const before = await prisma().learner.count();
    const preview = await previewLearnerImport(centerA, cells);
    expect(await prisma().learner.count()).toBe(before);
    expect(preview.counts).toEqual({ new: 2, invalid: 3, registered: 1, registeredElsewhere: 1 });
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [2, "new"],
      [3, "invalid"],
      [4, "new"],
      [5, "invalid"],
      [6, "invalid"],
      [7, "registered"],
      [8, "registeredElsewhere"],
    ]);
    expect(preview.rows[1].errors.map((e) => [e.column, e.key])).toEqual([
      ["fullName", "enrolment.import.errors.required"],
      ["citizenId", "enrolment.import.errors.citizenId"],
    ]);
    expect(preview.rows[3].errors).toEqual([{ column: "citizenId", key: "enrolment.import.errors.duplicateInFile", params: { line: 4 } }]);
    expect(preview.rows[4].errors.map((e) => e.column)).toEqual(["birthDate", "gender"]);
    expect(preview.rows[5].existing).toEqual({ id: mine.id, fullName: "Hoàng Thị Đã Có" });
    // Center B's learner: only that the CCCD is taken, nothing of theirs.
    expect(preview.rows[6].existing).toBeNull();
    expect(JSON.stringify(preview)).not.toContain("Bí Mật");
    expect(JSON.stringify(preview)).not.toContain(theirs.id);
  });

  it("imports only the valid new rows, in one transaction, at the viewer's unit, audited", async () => {
    const mine = await existing("Hoàng Văn Cũ", units.centerA.id);
    const ids = [citizenId(), citizenId()];
    const cells = [header, row("Đinh Văn Một", ids[0]), row("Bad", "0"), row("Đinh Thị Hai", ids[1], { gender: "Nữ" }), row("Hoàng Văn Cũ", mine.citizenId)];
    const outcome = await importLearners(centerA, cells, { classId: null, confirmOverCapacity: false });
    expect(outcome.created).toBe(2);
    expect(outcome.enrolment).toBeNull();
    const created = await prisma().learner.findMany({ where: { citizenId: { in: ids } }, orderBy: { citizenId: "asc" } });
    expect(created.map((l) => [l.fullName, l.homeUnitId, l.sortKey])).toEqual([
      ["Đinh Văn Một", units.centerA.id, nameSortKey("Đinh Văn Một")],
      ["Đinh Thị Hai", units.centerA.id, nameSortKey("Đinh Thị Hai")],
    ]);
    expect(await prisma().auditLog.count({ where: { entity: "Learner", action: "IMPORT", entityId: { in: created.map((l) => l.id) } } })).toBe(2);
    // The existing learner was not touched.
    expect((await prisma().learner.findUniqueOrThrow({ where: { id: mine.id } })).updatedAt).toEqual(mine.updatedAt);
  });

  it("enrols the imported and the already registered learners into a class; ineligible rows are reported, not enrolled", async () => {
    const program = await makeProgram(prisma());
    await prisma().ruleVersion.update({ where: { id: program.ruleVersions[0].id }, data: { eligibility: { requirePartyMember: true } } });
    const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id, program });
    const mine = await existing("Vi Thị Đã Đăng Ký", units.centerA.id);
    const cells = [header, row("Hà Văn Đảng Viên", citizenId()), row("Hà Văn Quần Chúng", citizenId(), { partyMembership: "Không" }), row("x", mine.citizenId)];
    const outcome = await importLearners(centerA, cells, { classId: trainingClass.id, confirmOverCapacity: false });
    expect(outcome.created).toBe(2);
    expect(outcome.enrolment?.enrolled.map((e) => e.fullName).sort()).toEqual(["Hà Văn Đảng Viên", "Vi Thị Đã Đăng Ký"]);
    expect(outcome.enrolment?.ineligible.map((e) => e.fullName)).toEqual(["Hà Văn Quần Chúng"]);
    expect(await prisma().enrolment.count({ where: { classId: trainingClass.id } })).toBe(2);
  });

  it("saves nothing when any part fails: over capacity, or center B's import into center A's class", async () => {
    const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    await prisma().trainingClass.update({ where: { id: trainingClass.id }, data: { plannedSize: 1 } });
    const ids = [citizenId(), citizenId()];
    const cells = [header, row("Tạ Văn Một", ids[0]), row("Tạ Văn Hai", ids[1])];
    await expect(importLearners(centerA, cells, { classId: trainingClass.id, confirmOverCapacity: false })).rejects.toBeInstanceOf(OverCapacityError);
    await expect(importLearners(centerB, cells, { classId: trainingClass.id, confirmOverCapacity: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().learner.count({ where: { citizenId: { in: ids } } })).toBe(0);
    expect(await prisma().enrolment.count({ where: { classId: trainingClass.id } })).toBe(0);
  });

  it("refuses a file that is not the template, and roles that do not register learners", async () => {
    await expect(previewLearnerImport(centerA, [["Tên", "CCCD"], ["A", "1"]])).rejects.toBeInstanceOf(DomainValidationError);
    const board = await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id);
    await expect(previewLearnerImport(board, [header, row("A", citizenId())])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the actions read an uploaded .xlsx, show the dry run in Vietnamese and import from the checked rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("DS");
    sheet.addRow(header);
    const good = citizenId();
    sheet.addRow([...row("Triệu Văn Tốt", good).slice(0, 2), new Date(Date.UTC(1981, 4, 20)), ...row("", "").slice(3)]);
    sheet.addRow(row("Triệu Văn Lỗi", "02008700012"));
    const file = new File([new Uint8Array(await workbook.xlsx.writeBuffer())], "danh-sach.xlsx");
    const upload = new FormData();
    upload.set("file", file);
    session.viewer = centerA;
    try {
      const checked = await previewImportAction({}, upload);
      expect(checked.ok).toBe(true);
      expect(checked.preview?.summary).toBe("2 dòng: 1 dòng hợp lệ sẽ thêm mới, 0 đã đăng ký, 0 đã đăng ký ở đơn vị khác, 1 dòng có lỗi.");
      expect(checked.preview?.rows[1].errors).toEqual(["Số CCCD: phải gồm đúng 12 chữ số"]);
      expect(checked.preview?.rows[0].birthDate).toBe("20/05/1981");
      const commit = new FormData();
      commit.set("cells", checked.cells!);
      const done = await commitImportAction({}, commit);
      expect(done).toMatchObject({ ok: true, committed: true, message: "Đã nhập 1 học viên mới." });
      const saved = await prisma().learner.findUniqueOrThrow({ where: { citizenId: good } });
      expect(saved.birthDate.toISOString().slice(0, 10)).toBe("1981-05-20");
      // Importing the same rows again creates nothing: the learner is now registered.
      const again = await commitImportAction({}, commit);
      expect(again.message).toBe("Đã nhập 0 học viên mới.");
    } finally {
      session.viewer = null;
    }
  });

  it("the template route gives the .xlsx only to those who register learners", async () => {
    session.viewer = null;
    expect((await templateGET()).status).toBe(404);
    session.viewer = await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id);
    expect((await templateGET()).status).toBe(404);
    session.viewer = centerA;
    try {
      const response = await templateGET();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...header]);
    } finally {
      session.viewer = null;
    }
  });
});
