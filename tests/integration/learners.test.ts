import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { createLearner, DuplicateCitizenIdError, getLearner, listLearners, listLearnerUnits, updateLearner } from "@/lib/data/learners";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { LearnerSchema } from "@/lib/validation/learners";
import { useTestDatabase } from "@/tests/support/database";
import { citizenId, makeClass, makeLearner, makeProvince, makeViewer } from "@/tests/support/factories";
import { as, form, session } from "@/tests/support/request-stubs";

// Actions run outside a Next.js request: the session is the viewer under test (as in the authorization matrix).
vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { createLearnerAction, updateLearnerAction } = await import("@/app/(app)/learners/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

function values(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    fullName: "Hoàng Văn Tùng",
    citizenId: citizenId(),
    birthDate: "1987-09-02",
    gender: "MALE",
    ethnicity: "Nùng",
    partyMembership: "OFFICIAL",
    partyJoinDate: "2012-05-19",
    education: "BACHELOR",
    theoryLevel: "SO_CAP",
    position: "Phó Chủ tịch UBND xã",
    workplace: "UBND xã Quang Lang",
    phone: "0912 345 678",
    email: "",
    ...overrides,
  };
}

const input = (overrides: Record<string, string> = {}) => LearnerSchema.parse(values(overrides));

let units: Awaited<ReturnType<typeof makeProvince>>;
let viewers: Record<"centerA" | "centerB" | "office" | "leadership" | "lecturer" | "board" | "admin", Viewer>;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Học Viên");
  viewers = {
    centerA: await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id),
    centerB: await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id),
    office: await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id),
    leadership: await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id),
    lecturer: await makeViewer(prisma(), "LECTURER", units.faculty.id),
    board: await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id),
    admin: await makeViewer(prisma(), "ADMIN", units.province.id),
  };
});

describe("registering and editing learners", () => {
  it("registers a learner at the center of the staff member, with the sort key and an audit entry", async () => {
    const { id } = await createLearner(viewers.centerA, input({ fullName: "  Nguyễn   Thị Hồng Vân " }));
    const learner = await prisma().learner.findUniqueOrThrow({ where: { id } });
    expect(learner).toMatchObject({ fullName: "Nguyễn Thị Hồng Vân", homeUnitId: units.centerA.id, sortKey: nameSortKey("Nguyễn Thị Hồng Vân"), partyMembership: "OFFICIAL" });
    expect(learner.birthDate.toISOString().slice(0, 10)).toBe("1987-09-02");
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Learner", entityId: id, action: "CREATE" } });
    expect(audit).toMatchObject({ userId: viewers.centerA.userId, unitId: units.centerA.id });
    expect(audit.changes).toMatchObject({ fullName: { old: null, new: "Nguyễn Thị Hồng Vân" } });
  });

  it("registers the school's own learners at the school", async () => {
    const { id } = await createLearner(viewers.office, input());
    expect((await prisma().learner.findUniqueOrThrow({ where: { id } })).homeUnitId).toBe(units.school.id);
  });

  it("refuses roles that do not register learners", async () => {
    for (const viewer of [viewers.lecturer, viewers.board, viewers.admin]) {
      await expect(createLearner(viewer, input())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("updates a learner's data and sort key, keeps the unit, and logs old and new values", async () => {
    const { id } = await createLearner(viewers.centerA, input({ fullName: "Lý Văn Cường" }));
    await updateLearner(viewers.centerA, id, input({ fullName: "Lý Văn Cương", citizenId: (await prisma().learner.findUniqueOrThrow({ where: { id } })).citizenId, position: "Bí thư Đoàn xã" }));
    const learner = await prisma().learner.findUniqueOrThrow({ where: { id } });
    expect(learner).toMatchObject({ fullName: "Lý Văn Cương", sortKey: nameSortKey("Lý Văn Cương"), position: "Bí thư Đoàn xã", homeUnitId: units.centerA.id });
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Learner", entityId: id, action: "UPDATE" } });
    expect(audit.changes).toMatchObject({ fullName: { old: "Lý Văn Cường", new: "Lý Văn Cương" }, position: { old: "Phó Chủ tịch UBND xã", new: "Bí thư Đoàn xã" } });
  });

  it("creates through the form action and lands on the learner's page", async () => {
    const submitted = values({ fullName: "Đinh Thị Mai" });
    await expect(as(viewers.centerA, () => createLearnerAction({}, form(submitted)))).rejects.toMatchObject({ url: expect.stringMatching(/^\/learners\/\w+\?saved=created$/) });
    expect(await prisma().learner.count({ where: { citizenId: submitted.citizenId } })).toBe(1);
  });
});

describe("bad input", () => {
  it("refuses a duplicate citizen ID with a field error naming the learner in scope, and saves nothing", async () => {
    const existing = await makeLearner(prisma(), units.centerA.id, "Vi Văn Hùng");
    const count = await prisma().learner.count();
    const submitted = values({ citizenId: existing.citizenId, fullName: "Vi Văn Hùng" });
    const state = await as(viewers.centerA, () => createLearnerAction({}, form(submitted)));
    expect(state.fieldErrors).toEqual({ citizenId: "Số CCCD đã có trong hệ thống." });
    expect(state.duplicateOf).toEqual({ id: existing.id, fullName: "Vi Văn Hùng" });
    expect(state.values).toMatchObject({ fullName: "Vi Văn Hùng", citizenId: existing.citizenId, birthDate: "1987-09-02" });
    expect(await prisma().learner.count()).toBe(count);
  });

  it("does not name a learner outside the viewer's scope when refusing their citizen ID", async () => {
    const existing = await makeLearner(prisma(), units.centerA.id, "Hoàng Thị Bí Mật");
    const attempt = createLearner(viewers.centerB, input({ citizenId: existing.citizenId }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicateCitizenIdError);
    await expect(attempt).rejects.toMatchObject({ existing: null, fieldErrors: { citizenId: "training.learners.duplicateCitizenId" } });
    const state = await as(viewers.centerB, () => createLearnerAction({}, form(values({ citizenId: existing.citizenId }))));
    expect(state.fieldErrors?.citizenId).toBe("Số CCCD đã có trong hệ thống.");
    expect(state.duplicateOf).toBeUndefined();
  });

  it("refuses changing a citizen ID to one another learner holds", async () => {
    const a = await makeLearner(prisma(), units.centerA.id, "Nông Văn A");
    const b = await makeLearner(prisma(), units.centerA.id, "Nông Văn B");
    await expect(updateLearner(viewers.centerA, b.id, input({ fullName: "Nông Văn B", citizenId: a.citizenId }))).rejects.toBeInstanceOf(DuplicateCitizenIdError);
    expect((await prisma().learner.findUniqueOrThrow({ where: { id: b.id } })).citizenId).toBe(b.citizenId);
  });

  it("reports every bad field in Vietnamese next to it, keeps what was typed and saves nothing", async () => {
    const count = await prisma().learner.count();
    const state = await as(viewers.centerA, () =>
      createLearnerAction(
        {},
        form(values({ fullName: "", citizenId: "12345", birthDate: "2099-01-01", gender: "", partyMembership: "NONE", partyJoinDate: "2010-01-01", email: "không-phải-email" })),
      ),
    );
    expect(state.message).toBe("Vui lòng kiểm tra lại các trường được đánh dấu.");
    expect(state.fieldErrors).toMatchObject({
      fullName: "Vui lòng nhập trường này.",
      citizenId: "Số CCCD phải gồm đúng 12 chữ số.",
      birthDate: "Ngày sinh phải là một ngày trong quá khứ.",
      gender: "Vui lòng chọn một giá trị.",
      email: "Địa chỉ email không hợp lệ.",
    });
    expect(state.values).toMatchObject({ citizenId: "12345", birthDate: "2099-01-01" });
    expect(await prisma().learner.count()).toBe(count);
  });

  it("refuses a date that does not exist and a party join date without membership", () => {
    const impossible = LearnerSchema.safeParse(values({ birthDate: "1990-02-30" }));
    expect(impossible.success).toBe(false);
    expect(impossible.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["birthDate", "validation.date"]);
    const joinWithoutMembership = LearnerSchema.safeParse(values({ partyMembership: "NONE" }));
    expect(joinWithoutMembership.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["partyJoinDate", "training.validation.joinDateWithoutMembership"]]);
  });
});

describe("search and Vietnamese order", () => {
  let center: Awaited<ReturnType<typeof makeProvince>>["centerA"];
  let viewer: Viewer;
  beforeAll(async () => {
    const province = await makeProvince(prisma(), "Tỉnh Tìm Kiếm");
    center = province.centerA;
    viewer = await makeViewer(prisma(), "CENTER_STAFF", center.id);
    for (const name of ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Hoàng Minh Cường", "Vũ Đức", "Vũ Dũng", "Lý Thị Ân", "Đặng Văn Dương"]) {
      await makeLearner(prisma(), center.id, name);
    }
  });

  it("lists by given name first, with Vietnamese letter order", async () => {
    const { rows, total } = await listLearners(viewer);
    expect(total).toBe(8);
    expect(rows.map((r) => r.fullName)).toEqual(["Lê Văn An", "Trần Thị An", "Lý Thị Ân", "Nguyễn Văn Bình", "Hoàng Minh Cường", "Vũ Dũng", "Đặng Văn Dương", "Vũ Đức"]);
  });

  it("finds names without diacritics, with them, in any case and by several words", async () => {
    const names = async (q: string) => (await listLearners(viewer, { q })).rows.map((r) => r.fullName);
    expect(await names("duc")).toEqual(["Vũ Đức"]);
    expect(await names("ĐỨC")).toEqual(["Vũ Đức"]);
    expect(await names("an")).toEqual(["Lê Văn An", "Trần Thị An", "Lý Thị Ân"]);
    expect(await names("van an")).toEqual(["Lê Văn An"]);
    expect(await names("dang duong")).toEqual(["Đặng Văn Dương"]);
    expect(await names("cuong hoang")).toEqual(["Hoàng Minh Cường"]);
    expect(await names("xyz")).toEqual([]);
  });

  it("finds a learner by the beginning of the citizen ID", async () => {
    const someone = (await listLearners(viewer)).rows[3];
    const { rows } = await listLearners(viewer, { q: someone.citizenId.slice(0, 12) });
    expect(rows.map((r) => r.id)).toEqual([someone.id]);
  });

  it("pages through the list", async () => {
    const { rows: all } = await listLearners(viewer);
    const second = await listLearners(viewer, { page: 2 });
    expect(second.page).toBe(2);
    expect(second.rows).toEqual([]);
    expect(all).toHaveLength(8);
  });
});

describe("scoping: center B and center A's learner", () => {
  let learner: Awaited<ReturnType<typeof makeLearner>>;
  beforeAll(async () => {
    learner = await makeLearner(prisma(), units.centerA.id, "Hà Văn Riêng");
  });

  it("center B can neither find nor open center A's learner", async () => {
    await expect(getLearner(viewers.centerB, learner.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listLearners(viewers.centerB, { q: "rieng" })).rows).toEqual([]);
    expect((await listLearners(viewers.centerB, { unitId: units.centerA.id })).total).toBe(0);
    expect((await listLearnerUnits(viewers.centerB)).map((u) => u.id)).not.toContain(units.centerA.id);
    expect((await getLearner(viewers.centerA, learner.id)).canEdit).toBe(true);
  });

  it("center B's update of center A's learner is 'not found' and changes nothing", async () => {
    const before = await prisma().learner.findUniqueOrThrow({ where: { id: learner.id } });
    const audits = await prisma().auditLog.count();
    await expect(updateLearner(viewers.centerB, learner.id, input({ fullName: "Đã Bị Sửa", citizenId: learner.citizenId }))).rejects.toBeInstanceOf(NotFoundError);
    const state = await as(viewers.centerB, () => updateLearnerAction({}, form({ ...values({ fullName: "Đã Bị Sửa", citizenId: learner.citizenId }), id: learner.id })));
    expect(state.message).toBe("Không tìm thấy nội dung yêu cầu.");
    expect(await prisma().learner.findUniqueOrThrow({ where: { id: learner.id } })).toEqual(before);
    expect(await prisma().auditLog.count()).toBe(audits);
  });

  it("center B reads (not edits) a learner of center A enrolled in a class center B hosts, and sees only that class", async () => {
    const { trainingClass: atA } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const { trainingClass: atB } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerB.id });
    await prisma().enrolment.create({ data: { classId: atA.id, learnerId: learner.id } });
    await prisma().enrolment.create({ data: { classId: atB.id, learnerId: learner.id } });
    const seen = await getLearner(viewers.centerB, learner.id);
    expect(seen.canEdit).toBe(false);
    expect(seen.enrolments.map((e) => e.trainingClass.id)).toEqual([atB.id]);
    await expect(updateLearner(viewers.centerB, learner.id, input({ citizenId: learner.citizenId }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await getLearner(viewers.centerA, learner.id)).enrolments.map((e) => e.trainingClass.id)).toEqual([atA.id]);
  });

  it("the board reads the province's learners but changes none", async () => {
    expect((await getLearner(viewers.board, learner.id)).canEdit).toBe(false);
    await expect(updateLearner(viewers.board, learner.id, input({ citizenId: learner.citizenId }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
