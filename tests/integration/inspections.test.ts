import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import {
  addInspectionTeamMember,
  addRecommendation,
  addRecommendationFollowUp,
  completeInspectionPlan,
  createInspectionPlan,
  getInspectionPlan,
  getInspectionVisit,
  issueInspectionPlan,
  listInspectionPlans,
  listRecommendations,
  recordInspectionVisit,
} from "@/lib/data/inspections";
import { FollowUpSchema, InspectionPlanSchema, RecommendationSchema, TeamMemberSchema, VisitSchema } from "@/lib/validation/inspections";
import { useTestDatabase } from "@/tests/support/database";
import { makeProvince, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let other: Awaited<ReturnType<typeof makeProvince>>;
let viewers: Record<"board" | "centerA" | "centerB" | "leadership" | "otherBoard", Viewer>;
let planId: string;
let visitId: string;
let recId: string;

const planInput = (overrides: Record<string, unknown> = {}) =>
  InspectionPlanSchema.parse({
    code: "84-KH/ĐKT",
    title: "Kiểm tra công tác đào tạo, bồi dưỡng tại Trung tâm Chính trị huyện A",
    year: "2026",
    issuedAt: "2026-02-20",
    startDate: "2026-03-02",
    endDate: "2026-03-20",
    content: "Kiểm tra việc thực hiện kế hoạch năm.",
    targetUnitIds: [units.centerA.id],
    ...overrides,
  });

async function domainError(promise: Promise<unknown>): Promise<DomainValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainValidationError);
  return error as DomainValidationError;
}

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Kiểm Tra");
  other = await makeProvince(prisma(), "Tỉnh Khác");
  viewers = {
    board: await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id),
    centerA: await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id),
    centerB: await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id),
    leadership: await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id),
    otherBoard: await makeViewer(prisma(), "PROVINCIAL_BOARD", other.board.id),
  };
});

describe("inspection plans", () => {
  it("validates the plan's dates and targets", () => {
    expect(InspectionPlanSchema.safeParse({ ...planInputRaw(), endDate: "2026-03-01" }).success).toBe(false);
    expect(InspectionPlanSchema.safeParse({ ...planInputRaw(), startDate: "2027-03-01", endDate: "2027-03-05" }).success).toBe(false);
    expect(InspectionPlanSchema.safeParse({ ...planInputRaw(), targetUnitIds: [] }).success).toBe(false);
  });

  it("creates a draft of the board's own, audited; refuses units of another province and a duplicate number", async () => {
    await domainError(createInspectionPlan(viewers.board, planInput({ targetUnitIds: [other.centerA.id] })));
    ({ id: planId } = await createInspectionPlan(viewers.board, planInput()));
    const plan = await prisma().inspectionPlan.findUniqueOrThrow({ where: { id: planId }, include: { targets: true } });
    expect(plan).toMatchObject({ boardUnitId: units.board.id, status: "DRAFT", code: "84-KH/ĐKT" });
    expect(plan.targets.map((t) => t.unitId)).toEqual([units.centerA.id]);
    expect(await prisma().auditLog.count({ where: { entity: "InspectionPlan", entityId: planId, action: "CREATE" } })).toBe(1);
    const duplicate = await domainError(createInspectionPlan(viewers.board, planInput()));
    expect(duplicate.fieldErrors.code).toBe("inspections.validation.duplicateCode");
    await expect(createInspectionPlan(viewers.centerA, planInput({ code: "1-KH/X" }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps a draft from the inspected unit and the plan from other provinces", async () => {
    expect((await listInspectionPlans(viewers.board)).rows.map((r) => r.id)).toEqual([planId]);
    expect((await listInspectionPlans(viewers.centerA)).rows).toEqual([]);
    expect((await listInspectionPlans(viewers.otherBoard)).rows).toEqual([]);
    await expect(getInspectionPlan(viewers.otherBoard, planId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("issues only with a head (one head), and then the target sees it", async () => {
    const noHead = await domainError(issueInspectionPlan(viewers.board, planId));
    expect(noHead.messageKey).toBe("inspections.errors.headRequired");
    await addInspectionTeamMember(viewers.board, planId, TeamMemberSchema.parse({ name: "Nguyễn Trọng Sơn", position: "Phó Trưởng Ban", role: "HEAD" }));
    const secondHead = await domainError(addInspectionTeamMember(viewers.board, planId, TeamMemberSchema.parse({ name: "Lê Văn Hai", role: "HEAD" })));
    expect(secondHead.fieldErrors.role).toBe("inspections.validation.oneHead");
    await expect(issueInspectionPlan(viewers.otherBoard, planId)).rejects.toBeInstanceOf(NotFoundError);
    await issueInspectionPlan(viewers.board, planId);
    expect((await prisma().inspectionPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("ISSUED");
    await domainError(addInspectionTeamMember(viewers.board, planId, TeamMemberSchema.parse({ name: "Lê Văn Ba", role: "MEMBER" })));
    expect((await listInspectionPlans(viewers.centerA)).rows.map((r) => r.id)).toEqual([planId]);
    expect((await listInspectionPlans(viewers.centerB)).rows).toEqual([]);
    expect((await listInspectionPlans(viewers.leadership)).rows).toEqual([]);
    expect((await getInspectionPlan(viewers.centerA, planId)).canWrite).toBe(false);
  });
});

function planInputRaw() {
  return { code: "9-KH/BTG", title: "Kế hoạch", year: "2026", startDate: "2026-03-02", endDate: "2026-03-20", targetUnitIds: ["x"] };
}

describe("visits and recommendations", () => {
  const visit = (overrides: Record<string, string> = {}) =>
    VisitSchema.parse({ unitId: units.centerA.id, visitDate: "2026-03-10", findings: "Trung tâm tổ chức đủ các lớp theo kế hoạch.", shortcomings: "Thiếu giảng viên chuyên trách.", ...overrides });

  it("records a visit to a target within the plan's dates, which starts the plan", async () => {
    const early = await domainError(recordInspectionVisit(viewers.board, planId, visit({ visitDate: "2026-03-01" })));
    expect(early.fieldErrors.visitDate).toBe("inspections.validation.visitDate");
    const late = await domainError(recordInspectionVisit(viewers.board, planId, visit({ visitDate: "2026-03-21" })));
    expect(late.fieldErrors.visitDate).toBe("inspections.validation.visitDate");
    const notTarget = await domainError(recordInspectionVisit(viewers.board, planId, visit({ unitId: units.centerB.id })));
    expect(notTarget.fieldErrors.unitId).toBe("inspections.validation.notTarget");
    await expect(recordInspectionVisit(viewers.centerA, planId, visit())).rejects.toBeInstanceOf(ForbiddenError);
    ({ id: visitId } = await recordInspectionVisit(viewers.board, planId, visit()));
    expect((await prisma().inspectionPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("IN_PROGRESS");
    expect(await prisma().auditLog.count({ where: { entity: "InspectionVisit", entityId: visitId } })).toBe(1);
  });

  it("adds a recommendation addressed to a unit of the province", async () => {
    const foreign = await domainError(addRecommendation(viewers.board, visitId, RecommendationSchema.parse({ content: "Bổ sung giảng viên.", responsibleUnitId: other.centerA.id })));
    expect(foreign.fieldErrors.responsibleUnitId).toBe("inspections.validation.responsibleUnit");
    await expect(addRecommendation(viewers.otherBoard, visitId, RecommendationSchema.parse({ content: "X", responsibleUnitId: other.centerA.id }))).rejects.toBeInstanceOf(NotFoundError);
    ({ id: recId } = await addRecommendation(viewers.board, visitId, RecommendationSchema.parse({ content: "Bổ sung giảng viên chuyên trách.", responsibleUnitId: units.centerA.id, dueDate: "2025-06-30" })));
    const seen = await getInspectionVisit(viewers.centerA, visitId);
    expect(seen.recommendations.map((r) => r.id)).toEqual([recId]);
    expect(seen.recommendations[0]).toMatchObject({ canReport: true, canClose: false, overdue: true });
  });

  it("keeps center A's visit and recommendation from center B", async () => {
    await expect(getInspectionVisit(viewers.centerB, visitId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listRecommendations(viewers.centerB)).toEqual([]);
    await expect(addRecommendationFollowUp(viewers.centerB, recId, FollowUpSchema.parse({ date: "2026-04-01", note: "Không phải của tôi." }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRecommendationFollowUp(viewers.leadership, recId, FollowUpSchema.parse({ date: "2026-04-01", note: "Không phải của trường." }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInspectionVisit(viewers.otherBoard, visitId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().recommendationFollowUp.count({ where: { recommendationId: recId } })).toBe(0);
  });

  it("lets center A report progress but not mark it done; the board marks it done", async () => {
    const closeAttempt = await domainError(addRecommendationFollowUp(viewers.centerA, recId, FollowUpSchema.parse({ date: "2026-04-01", note: "Đã xong.", statusAfter: "DONE" })));
    expect(closeAttempt.fieldErrors.statusAfter).toBe("inspections.validation.onlyBoardCloses");
    expect((await prisma().recommendation.findUniqueOrThrow({ where: { id: recId } })).status).toBe("OPEN");

    await addRecommendationFollowUp(viewers.centerA, recId, FollowUpSchema.parse({ date: "2026-04-01", note: "Đã tuyển thêm một giảng viên kiêm chức." }));
    expect((await prisma().recommendation.findUniqueOrThrow({ where: { id: recId } })).status).toBe("IN_PROGRESS");
    expect((await listRecommendations(viewers.centerA)).map((r) => r.id)).toEqual([recId]);

    await addRecommendationFollowUp(viewers.board, recId, FollowUpSchema.parse({ date: "2026-05-02", note: "Kiểm tra, xác nhận hoàn thành.", statusAfter: "DONE" }));
    const done = await prisma().recommendation.findUniqueOrThrow({ where: { id: recId }, include: { followUps: true } });
    expect(done.status).toBe("DONE");
    expect(done.closedAt).not.toBeNull();
    expect(done.followUps.map((f) => f.statusAfter).sort()).toEqual(["DONE", "IN_PROGRESS"]);
    expect(await prisma().auditLog.count({ where: { entity: "Recommendation", entityId: recId, action: { in: ["REPORT", "CLOSE"] } } })).toBe(2);
    expect(await listRecommendations(viewers.centerA)).toEqual([]);
    const closed = await domainError(addRecommendationFollowUp(viewers.board, recId, FollowUpSchema.parse({ date: "2026-05-03", note: "Lại." })));
    expect(closed.messageKey).toBe("inspections.errors.closed");
  });

  it("completes the plan, after which no more recommendations are added", async () => {
    await expect(completeInspectionPlan(viewers.centerA, planId)).rejects.toBeInstanceOf(ForbiddenError);
    await completeInspectionPlan(viewers.board, planId);
    expect((await prisma().inspectionPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("COMPLETED");
    await domainError(addRecommendation(viewers.board, visitId, RecommendationSchema.parse({ content: "Thêm.", responsibleUnitId: units.centerA.id })));
    await domainError(recordInspectionVisit(viewers.board, planId, visit()));
  });
});
