import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { addPlanLine, approvePlan, createPlan, deletePlanLine, getPlan, listPlans, recordLineOutcome, submitPlan, updatePlanLine } from "@/lib/data/plans";
import { LineOutcomeSchema, PlanLineSchema, PlanSchema } from "@/lib/validation/plans";
import { useTestDatabase } from "@/tests/support/database";
import { makeProgram, makeProvince, makeViewer } from "@/tests/support/factories";
import { as, form, session } from "@/tests/support/request-stubs";

vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { createPlanAction, recordLineOutcomeAction } = await import("@/app/(app)/plans/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

type Units = Awaited<ReturnType<typeof makeProvince>>;
let units: Units;
let program: Awaited<ReturnType<typeof makeProgram>>;
let office: Viewer;
let leadership: Viewer;
let centerB: Viewer;
let board: Viewer;
let otherSchool: Viewer;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Kế Hoạch");
  const other = await makeProvince(prisma(), "Tỉnh Bên Cạnh");
  program = await makeProgram(prisma());
  // Trung cấp: at the school in both modes, at a center only non-concentrated.
  await prisma().programHostingRule.createMany({
    data: [
      { programId: program.id, unitKind: "SCHOOL", mode: "CONCENTRATED" },
      { programId: program.id, unitKind: "CENTER", mode: "NON_CONCENTRATED" },
    ],
  });
  office = await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id);
  leadership = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
  centerB = await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id);
  board = await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id);
  otherSchool = await makeViewer(prisma(), "TRAINING_OFFICE", other.school.id);
});

const line = (planId: string, over: Record<string, string> = {}) =>
  PlanLineSchema.parse({
    planId,
    programId: program.id,
    hostUnitId: units.centerA.id,
    mode: "NON_CONCENTRATED",
    plannedClasses: "1",
    plannedLearners: "80",
    fundingSource: "Ngân sách huyện",
    ...over,
  });

describe("annual plans", () => {
  it("creates a plan for the viewer's school, audited, and refuses a second plan for the same year", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2031", title: "Kế hoạch đào tạo, bồi dưỡng năm 2031" }));
    const plan = await prisma().annualPlan.findUniqueOrThrow({ where: { id } });
    expect(plan).toMatchObject({ schoolUnitId: units.school.id, status: "DRAFT", year: 2031 });
    expect(await prisma().auditLog.count({ where: { entity: "AnnualPlan", entityId: id, action: "CREATE" } })).toBe(1);

    const state = await as(office, () => createPlanAction({}, form({ year: "2031", title: "Bản trùng" })));
    expect(state.fieldErrors?.year).toBe("Trường đã có kế hoạch của năm này.");
    expect(await prisma().annualPlan.count({ where: { schoolUnitId: units.school.id, year: 2031 } })).toBe(1);
  });

  it("refuses plans to roles without plans.write", async () => {
    await expect(createPlan(centerB, PlanSchema.parse({ year: "2032", title: "x" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPlan(board, PlanSchema.parse({ year: "2032", title: "x" }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("adds lines checked against the hosting rule, edits and deletes them while a draft", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2033", title: "Kế hoạch 2033" }));
    const { id: lineId } = await addPlanLine(office, line(id));
    // Trung cấp at a center in the concentrated mode is not allowed by the program's hosting rule.
    const refused = addPlanLine(office, line(id, { mode: "CONCENTRATED" }));
    await expect(refused).rejects.toBeInstanceOf(DomainValidationError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { hostUnitId: "plans.validation.hostingRule" } });
    // A center of another province is no host for this school.
    const otherCenter = await prisma().unit.findFirstOrThrow({ where: { kind: "CENTER", name: "Trung tâm Chính trị huyện A", NOT: { provinceId: units.province.id } } });
    await expect(addPlanLine(office, line(id, { hostUnitId: otherCenter.id }))).rejects.toMatchObject({ fieldErrors: { hostUnitId: "validation.unknownUnit" } });

    await updatePlanLine(office, lineId, line(id, { plannedClasses: "2", plannedLearners: "160" }));
    expect(await prisma().planLine.findUniqueOrThrow({ where: { id: lineId } })).toMatchObject({ plannedClasses: 2, plannedLearners: 160 });
    await deletePlanLine(office, id, lineId);
    expect(await prisma().planLine.count({ where: { planId: id } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { entity: "PlanLine", entityId: lineId } })).toBe(3);
  });

  it("submits (not empty), is approved by the leadership only, and then freezes its lines", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2034", title: "Kế hoạch 2034" }));
    await expect(submitPlan(office, id)).rejects.toMatchObject({ messageKey: "plans.errors.noLines" });
    const { id: lineId } = await addPlanLine(office, line(id));
    await expect(approvePlan(leadership, id)).rejects.toMatchObject({ messageKey: "plans.errors.notSubmitted" });
    await submitPlan(office, id);
    await expect(addPlanLine(office, line(id))).rejects.toMatchObject({ messageKey: "plans.errors.notDraft" });
    await expect(approvePlan(office, id)).rejects.toBeInstanceOf(ForbiddenError);
    await approvePlan(leadership, id);
    const plan = await prisma().annualPlan.findUniqueOrThrow({ where: { id } });
    expect(plan.status).toBe("APPROVED");
    expect(plan.approvedById).toBe(leadership.userId);
    expect(plan.approvedAt).not.toBeNull();
    // Approved: out of the write scope, so its lines are "not found" for changes.
    await expect(deletePlanLine(office, id, lineId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records a line's outcome after approval; anything not done needs a reason", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2035", title: "Kế hoạch 2035" }));
    const { id: lineId } = await addPlanLine(office, line(id));
    await expect(recordLineOutcome(office, LineOutcomeSchema.parse({ planId: id, lineId, outcome: "DONE" }))).rejects.toBeInstanceOf(NotFoundError);
    await submitPlan(office, id);
    await approvePlan(leadership, id);

    const missing = await as(office, () => recordLineOutcomeAction({}, form({ planId: id, lineId, outcome: "NOT_CARRIED_OUT", notDoneClasses: "1", notDoneLearners: "80" })));
    expect(missing.fieldErrors?.outcomeReason).toBe("Vui lòng nêu lý do (ví dụ: không đủ số học viên).");
    const ok = await as(office, () =>
      recordLineOutcomeAction({}, form({ planId: id, lineId, outcome: "NOT_CARRIED_OUT", notDoneClasses: "1", notDoneLearners: "80", outcomeReason: "Không đủ số học viên" })),
    );
    expect(ok.ok).toBe(true);
    expect(await prisma().planLine.findUniqueOrThrow({ where: { id: lineId } })).toMatchObject({ outcome: "NOT_CARRIED_OUT", notDoneClasses: 1, outcomeReason: "Không đủ số học viên" });
  });

  it("shows plan vs actual per line with totals", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2036", title: "Kế hoạch 2036" }));
    const { id: lineId } = await addPlanLine(office, line(id, { plannedClasses: "2", plannedLearners: "160" }));
    const base = { programId: program.id, ruleVersionId: program.ruleVersions[0].id, schoolUnitId: units.school.id, hostUnitId: units.centerA.id, planLineId: lineId, plannedSize: 80 };
    await prisma().trainingClass.create({ data: { ...base, code: `KH36-1-${id}`, name: "Lớp 1", status: "FINISHED", startDate: new Date("2036-01-05"), endDate: new Date("2036-10-30") } });
    await prisma().trainingClass.create({ data: { ...base, code: `KH36-2-${id}`, name: "Lớp 2", status: "IN_PROGRESS", startDate: new Date("2036-09-05"), endDate: new Date("2037-12-30") } });
    const plan = await getPlan(board, id);
    expect(plan.lines[0].actual).toMatchObject({ classes: 2, opened: 2, finished: 1, carriedOver: 1 });
    expect(plan.totals).toMatchObject({ plannedClasses: 2, plannedLearners: 160 });
    expect(plan.canEditLines).toBe(false);
  });

  it("keeps a school's plans from center B and another province, and lets the board read them", async () => {
    const { id } = await createPlan(office, PlanSchema.parse({ year: "2037", title: "Kế hoạch 2037" }));
    await expect(getPlan(centerB, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPlan(otherSchool, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPlanLine(otherSchool, line(id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitPlan(otherSchool, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPlans(otherSchool)).some((p) => p.id === id)).toBe(false);
    expect((await listPlans(board)).some((p) => p.id === id)).toBe(true);
    expect(await prisma().annualPlan.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT" });
  });
});
