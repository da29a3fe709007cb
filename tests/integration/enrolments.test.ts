import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Gender, PartyMembership, EducationLevel, ClassStatus } from "@/lib/generated/prisma/enums";
import { enrolLearners, getClassEnrolments, OverCapacityError, withdrawEnrolment } from "@/lib/data/enrolments";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { useTestDatabase } from "@/tests/support/database";
import { citizenId, makeClass, makeProgram, makeProvince, makeViewer } from "@/tests/support/factories";
import { session } from "@/tests/support/request-stubs";

vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { enrolLearnersAction } = await import("@/app/(app)/classes/[id]/enrolments/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

type Units = Awaited<ReturnType<typeof makeProvince>>;
let units: Units;
let centerA: Viewer;
let centerB: Viewer;
let office: Viewer;
let program: Awaited<ReturnType<typeof makeProgram>>;

// The Trung cấp rules of QĐ 6468/QĐ-HVCTQG, as seeded.
const TRUNG_CAP = { requirePartyMember: true, minEducation: "COLLEGE", concentratedAgeLimit: { male: 35, female: 33 } };

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Ghi Danh");
  centerA = await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id);
  centerB = await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id);
  office = await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id);
  program = await makeProgram(prisma());
  await prisma().ruleVersion.update({ where: { id: program.ruleVersions[0].id }, data: { eligibility: TRUNG_CAP } });
});

async function newClass(data: { status?: ClassStatus; plannedSize?: number; hostUnitId?: string } = {}) {
  const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: data.hostUnitId ?? units.centerA.id, program });
  return prisma().trainingClass.update({
    where: { id: trainingClass.id },
    data: { status: data.status ?? "ENROLLING", cancelReason: data.status === "CANCELLED" ? "Không đủ số học viên" : null, plannedSize: data.plannedSize ?? 80, mode: "NON_CONCENTRATED", startDate: new Date("2026-03-01") },
  });
}

async function learner(fullName: string, facts: { birthDate?: string; gender?: Gender; partyMembership?: PartyMembership; education?: EducationLevel | null; homeUnitId?: string } = {}) {
  return prisma().learner.create({
    data: {
      citizenId: citizenId(),
      fullName,
      sortKey: nameSortKey(fullName),
      birthDate: new Date(facts.birthDate ?? "1980-05-01"),
      gender: facts.gender ?? "MALE",
      partyMembership: facts.partyMembership ?? "OFFICIAL",
      education: facts.education === undefined ? "BACHELOR" : facts.education,
      homeUnitId: facts.homeUnitId ?? units.centerA.id,
    },
  });
}

const enrol = (viewer: Viewer, classId: string, learnerIds: string[], extra: { overrideReason?: string; confirmOverCapacity?: boolean } = {}) =>
  enrolLearners(viewer, { classId, learnerIds, overrideReason: extra.overrideReason ?? null, confirmOverCapacity: extra.confirmOverCapacity ?? false });

describe("enrolment", () => {
  it("enrols eligible learners and refuses ineligible ones with their reasons, in one audited transaction", async () => {
    const c = await newClass();
    const ok = await learner("Hoàng Văn Đủ");
    const young = await learner("Lý Văn Trẻ", { birthDate: "1991-03-02" });
    const exactly35 = await learner("Mã Văn Vừa", { birthDate: "1991-03-01" });
    const youngWoman = await learner("Hà Thị Xuân", { gender: "FEMALE", birthDate: "1993-03-02" });
    const noParty = await learner("Đàm Thị Quần", { gender: "FEMALE", partyMembership: "NONE", education: "VOCATIONAL" });
    const report = await enrol(centerA, c.id, [ok.id, young.id, exactly35.id, youngWoman.id, noParty.id]);
    expect(report.enrolled.map((e) => e.fullName).sort()).toEqual(["Hoàng Văn Đủ", "Mã Văn Vừa"]);
    expect(Object.fromEntries(report.ineligible.map((i) => [i.fullName, i.failures.map((f) => f.rule)]))).toEqual({
      "Lý Văn Trẻ": ["concentratedAge"],
      "Hà Thị Xuân": ["concentratedAge"],
      "Đàm Thị Quần": ["partyMember", "minEducation"],
    });
    const rows = await prisma().enrolment.findMany({ where: { classId: c.id } });
    expect(rows.map((r) => r.learnerId).sort()).toEqual([ok.id, exactly35.id].sort());
    expect(rows.every((r) => r.overrideReason === null)).toBe(true);
    const audit = await prisma().auditLog.findMany({ where: { entity: "Enrolment", entityId: { in: rows.map((r) => r.id) } } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ action: "CREATE", userId: centerA.userId });
  });

  it("enrols an ineligible learner when an override reason is given, and keeps the reason", async () => {
    const c = await newClass();
    const young = await learner("Nông Văn Trẻ", { birthDate: "1995-01-01" });
    const report = await enrol(centerA, c.id, [young.id], { overrideReason: "Thường trực Huyện ủy cử đi học theo Công văn 12-CV/HU" });
    expect(report.enrolled).toEqual([{ learnerId: young.id, fullName: "Nông Văn Trẻ", overridden: true }]);
    const row = await prisma().enrolment.findUniqueOrThrow({ where: { classId_learnerId: { classId: c.id, learnerId: young.id } } });
    expect(row.overrideReason).toBe("Thường trực Huyện ủy cử đi học theo Công văn 12-CV/HU");
  });

  it("reports a learner already in the class without failing the others", async () => {
    const c = await newClass();
    const first = await learner("Lương Văn Một");
    const second = await learner("Lương Văn Hai");
    await enrol(centerA, c.id, [first.id]);
    const report = await enrol(office, c.id, [first.id, second.id]);
    expect(report.duplicates).toEqual([{ learnerId: first.id, fullName: "Lương Văn Một" }]);
    expect(report.enrolled.map((e) => e.learnerId)).toEqual([second.id]);
    expect(await prisma().enrolment.count({ where: { classId: c.id } })).toBe(2);
  });

  it("refuses to go over the planned size unless confirmed, saving nothing", async () => {
    const c = await newClass({ plannedSize: 2 });
    const ls = await Promise.all(["Vi Văn A", "Vi Văn Bê", "Vi Văn Xê"].map((n) => learner(n)));
    const error = await enrol(centerA, c.id, ls.map((l) => l.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverCapacityError);
    expect(error).toMatchObject({ plannedSize: 2, wouldBe: 3 });
    expect(await prisma().enrolment.count({ where: { classId: c.id } })).toBe(0);
    const report = await enrol(centerA, c.id, ls.map((l) => l.id), { confirmOverCapacity: true });
    expect(report.enrolled).toHaveLength(3);
  });

  it("enrols only while the class is enrolling or in progress", async () => {
    const ready = await learner("Tô Văn Chờ");
    for (const status of ["PLANNED", "APPROVED", "FINISHED", "CANCELLED"] as const) {
      const c = await newClass({ status });
      await expect(enrol(centerA, c.id, [ready.id])).rejects.toBeInstanceOf(DomainValidationError);
    }
    const running = await newClass({ status: "IN_PROGRESS" });
    expect((await enrol(centerA, running.id, [ready.id])).enrolled).toHaveLength(1);
  });

  it("center B can neither enrol into center A's class nor enrol center A's learners into its own", async () => {
    const classA = await newClass();
    const classB = await newClass({ hostUnitId: units.centerB.id });
    const learnerA = await learner("Hoàng Thị A");
    const learnerB = await learner("Hoàng Thị Bê", { homeUnitId: units.centerB.id, gender: "FEMALE" });
    await expect(enrol(centerB, classA.id, [learnerB.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(enrol(centerB, classB.id, [learnerA.id, learnerB.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClassEnrolments(centerB, classA.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().enrolment.count({ where: { classId: { in: [classA.id, classB.id] } } })).toBe(0);
    const board = await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id);
    await expect(enrol(board, classA.id, [learnerA.id])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists the class's learners in Vietnamese order and candidates with their failed conditions", async () => {
    const c = await newClass();
    const names = ["Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An"];
    const ls = await Promise.all(names.map((n) => learner(n)));
    await enrol(centerA, c.id, ls.map((l) => l.id));
    await learner("Bế Văn Ứng Viên", { birthDate: "1998-01-01" });
    const view = await getClassEnrolments(centerA, c.id, { q: "ung vien" });
    expect(view.enrolments.map((e) => e.learner.fullName)).toEqual(["Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình"]);
    expect(view.candidates.map((cand) => [cand.fullName, cand.failures.map((f) => f.rule)])).toEqual([["Bế Văn Ứng Viên", ["concentratedAge"]]]);
    expect(view.activeCount).toBe(3);
  });

  it("withdraws an enrolment with a note, audited, once", async () => {
    const c = await newClass();
    const l = await learner("Chu Văn Rút");
    await enrol(centerA, c.id, [l.id]);
    const row = await prisma().enrolment.findFirstOrThrow({ where: { classId: c.id, learnerId: l.id } });
    await expect(withdrawEnrolment(centerB, { enrolmentId: row.id, note: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await withdrawEnrolment(centerA, { enrolmentId: row.id, note: "Chuyển công tác" });
    expect(await prisma().enrolment.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "WITHDRAWN", note: "Chuyển công tác" });
    expect(await prisma().auditLog.count({ where: { entity: "Enrolment", entityId: row.id, action: "WITHDRAW" } })).toBe(1);
    await expect(withdrawEnrolment(centerA, { enrolmentId: row.id, note: "lần nữa" })).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("the action reports ineligible learners in Vietnamese and asks to confirm over capacity", async () => {
    const c = await newClass({ plannedSize: 1 });
    const young = await learner("Vy Văn Trẻ", { birthDate: "1996-06-01" });
    const ok1 = await learner("Vy Văn Đủ");
    const ok2 = await learner("Vy Văn Đạt");
    const data = new FormData();
    data.set("classId", c.id);
    for (const id of [young.id, ok1.id]) data.append("learnerIds", id);
    session.viewer = centerA;
    try {
      const state = await enrolLearnersAction({}, data);
      expect(state.ok).toBe(true);
      expect(state.report?.ineligible).toEqual([{ name: "Vy Văn Trẻ", reasons: ["29 tuổi khi khai giảng, dưới 35 tuổi phải học hệ tập trung"] }]);
      const more = new FormData();
      more.set("classId", c.id);
      more.append("learnerIds", ok2.id);
      const refused = await enrolLearnersAction({}, more);
      expect(refused.ok).toBeFalsy();
      expect(refused.message).toBe("Lớp dự kiến 1 học viên; sau khi ghi danh sẽ có 2. Đánh dấu ô xác nhận để ghi danh vượt sĩ số.");
      expect(refused.chosen).toEqual([ok2.id]);
    } finally {
      session.viewer = null;
    }
  });
});
