import { createClassAction } from "@/app/(app)/classes/new/actions";
import {
  addSessionAction,
  assignLecturerAction,
  removeAssignmentAction,
  removeSessionAction,
  transitionClassAction,
  updateClassPlanningAction,
} from "@/app/(app)/classes/[id]/manage/actions";
import {
  addPlanLineAction,
  approvePlanAction,
  createPlanAction,
  deletePlanLineAction,
  recordLineOutcomeAction,
  submitPlanAction,
  updatePlanLineAction,
} from "@/app/(app)/plans/actions";
import type { Viewer } from "@/lib/auth/viewer-types";
import {
  addSession,
  assignLecturer,
  createClass,
  getClassFormOptions,
  getClassManagement,
  removeAssignment,
  removeSession,
  transitionClass,
  updateClassPlanning,
} from "@/lib/data/class-planning";
import { addPlanLine, approvePlan, createPlan, deletePlanLine, getPlan, getPlanLineOptions, listPlans, recordLineOutcome, submitPlan, updatePlanLine } from "@/lib/data/plans";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { ClassPlanningSchema, SessionSchema } from "@/lib/validation/class-planning";
import { LineOutcomeSchema, PlanLineSchema, PlanSchema } from "@/lib/validation/plans";
import type { MatrixEntry, MatrixExemption } from "./types";
import type { ViewerKey, World } from "./world";
import { form } from "@/tests/support/request-stubs";

// Annual plans and class planning on the world's school (tests/integration/authz/world.ts). A row's `setup`
// makes, for each viewer afresh and before the harness takes its digest, the rows the call acts on: a plan
// of the school in the state the call needs (with one line at center A), or a planned class of the school at
// center A (with the assignment or session a removal needs), replacing the class the previous viewer's setup
// made, since that viewer may have given it a session or lecturer that would clash. `call` only builds its
// input from that fixture and invokes the function under test, so for a refused viewer the digest sees
// nothing but what that function did. Center B, the board, the lecturer, the other province's school and the
// administrator must be refused every change.

const school: ViewerKey[] = ["leadership", "office"];
const planReaders: ViewerKey[] = ["leadership", "office", "board"];

let counter = 0;
const next = () => (counter += 1);

/** Trung cấp at the school (concentrated) and at a center (non-concentrated), as in the seed. */
async function hosting(world: World) {
  await world.prisma.programHostingRule.createMany({
    data: [
      { programId: world.program.id, unitKind: "SCHOOL", mode: "CONCENTRATED" },
      { programId: world.program.id, unitKind: "CENTER", mode: "NON_CONCENTRATED" },
    ],
    skipDuplicates: true,
  });
}

/** A plan of the world's school in a given state, with one line at center A. */
async function plan(world: World, status: PlanStatus) {
  await hosting(world);
  const created = await world.prisma.annualPlan.create({
    data: {
      schoolUnitId: world.units.school.id,
      year: 2000 + (next() % 100),
      title: "Kế hoạch ma trận",
      status,
      lines: { create: { programId: world.program.id, hostUnitId: world.units.centerA.id, mode: "NON_CONCENTRATED", plannedClasses: 1, plannedLearners: 80 } },
    },
    include: { lines: true },
  });
  return { planId: created.id, lineId: created.lines[0].id };
}

function lineValues(world: World, planId: string): Record<string, string> {
  return { planId, programId: world.program.id, hostUnitId: world.units.centerA.id, mode: "NON_CONCENTRATED", plannedClasses: "2", plannedLearners: "160", fundingSource: "Ngân sách huyện" };
}

function classValues(world: World, hostUnitId = world.units.centerA.id, mode = "NON_CONCENTRATED"): Record<string, string> {
  return {
    code: `MT-${process.pid}-${next()}`,
    name: "Lớp Trung cấp ma trận",
    programId: world.program.id,
    hostUnitId,
    mode,
    plannedSize: "80",
    startDate: "2028-03-02",
    endDate: "2029-08-30",
  };
}

const FIXTURE_CLASS = "MT-F-";

/**
 * A planned class of the world's school at center A for one viewer's call. The class an earlier viewer's setup
 * made is deleted first (here, before the digest), so each call finds only its own fixture class.
 */
async function plannedClass(world: World): Promise<{ classId: string }> {
  await hosting(world);
  await world.prisma.trainingClass.deleteMany({ where: { schoolUnitId: world.units.school.id, code: { startsWith: FIXTURE_CLASS } } });
  const cls = await world.prisma.trainingClass.create({
    data: {
      code: `${FIXTURE_CLASS}${process.pid}-${next()}`,
      name: "Lớp kế hoạch ma trận",
      programId: world.program.id,
      ruleVersionId: world.program.ruleVersions[0].id,
      schoolUnitId: world.units.school.id,
      hostUnitId: world.units.centerA.id,
      mode: "NON_CONCENTRATED",
      plannedSize: 80,
      startDate: new Date("2028-03-02"),
    },
  });
  return { classId: cls.id };
}

/** A planned class with a lecturer assigned to its second subject, for the removal rows. */
async function classWithAssignment(world: World): Promise<{ classId: string; assignmentId: string }> {
  const { classId } = await plannedClass(world);
  const a = await world.prisma.classSubjectAssignment.create({ data: { classId, subjectId: world.program.subjects[1].id, lecturerId: world.lecturer.id } });
  return { classId, assignmentId: a.id };
}

/** A planned class with one timetable session on 2028-03-03, for the removal rows. */
async function classWithSession(world: World, subjectId?: string): Promise<{ classId: string; sessionId: string }> {
  const { classId } = await plannedClass(world);
  const s = await world.prisma.timetableSession.create({ data: { classId, date: new Date("2028-03-03"), part: "MORNING", periods: 5, ...(subjectId ? { subjectId } : {}) } });
  return { classId, sessionId: s.id };
}

type PlanFixture = { planId: string; lineId: string };
type ClassFixture = { classId: string };

const hostsIncludeCenterA = (result: unknown, world: World) => (result as { hosts: { id: string }[] }).hosts.some((h) => h.id === world.units.centerA.id);

export const entries: MatrixEntry[] = [
  // ── Plans: data ──
  {
    name: "lib/data/plans.ts#listPlans",
    kind: "read",
    allowed: planReaders,
    setup: (world) => plan(world, "DRAFT"),
    call: async (_world, viewer, fixture: PlanFixture) => ({ fixture, rows: await listPlans(viewer) }),
    succeeded: (result) => {
      const { fixture, rows } = result as { fixture: { planId: string }; rows: { id: string }[] };
      return rows.some((row) => row.id === fixture.planId);
    },
  },
  {
    name: "lib/data/plans.ts#getPlan",
    kind: "read",
    allowed: planReaders,
    setup: (world) => plan(world, "APPROVED"),
    call: (_world, viewer, fixture: PlanFixture) => getPlan(viewer, fixture.planId),
  },
  {
    name: "lib/data/plans.ts#getPlanLineOptions",
    kind: "read",
    allowed: school,
    call: (_world, viewer) => getPlanLineOptions(viewer),
    succeeded: hostsIncludeCenterA,
  },
  {
    name: "lib/data/plans.ts#createPlan",
    kind: "write",
    // Each school plans for itself: the other province's school creates its own plan, touching none of the world's rows.
    allowed: ["leadership", "office", "otherProvinceSchool"],
    call: (_world, viewer) => createPlan(viewer, PlanSchema.parse({ year: String(2000 + (next() % 100)), title: "Kế hoạch mới" })),
  },
  {
    name: "lib/data/plans.ts#addPlanLine",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (world, viewer, fixture: PlanFixture) => addPlanLine(viewer, PlanLineSchema.parse(lineValues(world, fixture.planId))),
  },
  {
    name: "lib/data/plans.ts#updatePlanLine",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (world, viewer, { planId, lineId }: PlanFixture) => updatePlanLine(viewer, lineId, PlanLineSchema.parse(lineValues(world, planId))),
  },
  {
    name: "lib/data/plans.ts#deletePlanLine",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (_world, viewer, { planId, lineId }: PlanFixture) => deletePlanLine(viewer, planId, lineId),
  },
  {
    name: "lib/data/plans.ts#submitPlan",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (_world, viewer, fixture: PlanFixture) => submitPlan(viewer, fixture.planId),
  },
  {
    name: "lib/data/plans.ts#approvePlan",
    kind: "write",
    allowed: ["leadership"],
    setup: (world) => plan(world, "SUBMITTED"),
    call: (_world, viewer, fixture: PlanFixture) => approvePlan(viewer, fixture.planId),
  },
  {
    name: "lib/data/plans.ts#recordLineOutcome",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "APPROVED"),
    call: (_world, viewer, { planId, lineId }: PlanFixture) =>
      recordLineOutcome(viewer, LineOutcomeSchema.parse({ planId, lineId, outcome: "CARRIED_OVER", notDoneClasses: "1", outcomeReason: "Lớp học kéo dài sang năm sau" })),
  },

  // ── Plans: actions ──
  {
    name: "app/(app)/plans/actions.ts#createPlanAction",
    kind: "write",
    allowed: ["leadership", "office", "otherProvinceSchool"],
    call: () => createPlanAction({}, form({ year: String(2000 + (next() % 100)), title: "Kế hoạch mới" })),
  },
  {
    name: "app/(app)/plans/actions.ts#addPlanLineAction",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (world, _viewer, fixture: PlanFixture) => addPlanLineAction({}, form(lineValues(world, fixture.planId))),
  },
  {
    name: "app/(app)/plans/actions.ts#updatePlanLineAction",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (world, _viewer, { planId, lineId }: PlanFixture) => updatePlanLineAction({}, form({ ...lineValues(world, planId), lineId })),
  },
  {
    name: "app/(app)/plans/actions.ts#deletePlanLineAction",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (_world, _viewer, fixture: PlanFixture) => deletePlanLineAction({}, form(fixture)),
  },
  {
    name: "app/(app)/plans/actions.ts#submitPlanAction",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "DRAFT"),
    call: (_world, _viewer, fixture: PlanFixture) => submitPlanAction({}, form({ planId: fixture.planId })),
  },
  {
    name: "app/(app)/plans/actions.ts#approvePlanAction",
    kind: "write",
    allowed: ["leadership"],
    setup: (world) => plan(world, "SUBMITTED"),
    call: (_world, _viewer, fixture: PlanFixture) => approvePlanAction({}, form({ planId: fixture.planId })),
  },
  {
    name: "app/(app)/plans/actions.ts#recordLineOutcomeAction",
    kind: "write",
    allowed: school,
    setup: (world) => plan(world, "APPROVED"),
    call: (_world, _viewer, fixture: PlanFixture) =>
      recordLineOutcomeAction({}, form({ ...fixture, outcome: "NOT_CARRIED_OUT", notDoneClasses: "1", notDoneLearners: "80", outcomeReason: "Không đủ số học viên" })),
  },

  // ── Class planning: data ──
  {
    name: "lib/data/class-planning.ts#getClassFormOptions",
    kind: "read",
    allowed: school,
    call: (_world, viewer) => getClassFormOptions(viewer),
    succeeded: hostsIncludeCenterA,
  },
  {
    name: "lib/data/class-planning.ts#getClassManagement",
    kind: "read",
    allowed: school,
    call: (world, viewer) => getClassManagement(viewer, world.trainingClass.id),
  },
  {
    name: "lib/data/class-planning.ts#createClass",
    kind: "write",
    // At the viewer's own school: the other province's school plans its own class, touching none of the world's rows.
    allowed: ["leadership", "office", "otherProvinceSchool"],
    setup: (world) => hosting(world),
    call: (world, viewer: Viewer) => createClass(viewer, ClassPlanningSchema.parse(classValues(world, viewer.schoolId ?? world.units.school.id, "CONCENTRATED"))),
  },
  {
    name: "lib/data/class-planning.ts#updateClassPlanning",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, viewer, { classId }: ClassFixture) => updateClassPlanning(viewer, classId, ClassPlanningSchema.parse(classValues(world))),
  },
  {
    name: "lib/data/class-planning.ts#transitionClass",
    kind: "write",
    allowed: ["leadership"],
    setup: (world) => plannedClass(world),
    call: (_world, viewer, { classId }: ClassFixture) => transitionClass(viewer, { classId, to: "APPROVED", reason: null }),
  },
  {
    name: "lib/data/class-planning.ts#assignLecturer",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, viewer, { classId }: ClassFixture) => assignLecturer(viewer, { classId, subjectId: world.program.subjects[1].id, lecturerId: world.lecturer.id }),
  },
  {
    name: "lib/data/class-planning.ts#removeAssignment",
    kind: "write",
    allowed: school,
    setup: (world) => classWithAssignment(world),
    call: (_world, viewer, { classId, assignmentId }: { classId: string; assignmentId: string }) => removeAssignment(viewer, classId, assignmentId),
  },
  {
    name: "lib/data/class-planning.ts#addSession",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, viewer, { classId }: ClassFixture) =>
      addSession(viewer, SessionSchema.parse({ classId, date: "2028-03-02", part: "MORNING", subjectId: world.program.subjects[0].id, periods: "5" })),
  },
  {
    name: "lib/data/class-planning.ts#removeSession",
    kind: "write",
    allowed: school,
    setup: (world) => classWithSession(world, world.program.subjects[0].id),
    call: (_world, viewer, { classId, sessionId }: { classId: string; sessionId: string }) => removeSession(viewer, classId, sessionId),
  },

  // ── Class planning: actions ──
  {
    name: "app/(app)/classes/new/actions.ts#createClassAction",
    kind: "write",
    // At center A: only the world's school may place a class there.
    allowed: school,
    setup: (world) => hosting(world),
    call: (world) => createClassAction({}, form(classValues(world))),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#updateClassPlanningAction",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, _viewer, { classId }: ClassFixture) => updateClassPlanningAction({}, form({ ...classValues(world), classId })),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#transitionClassAction",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (_world, _viewer, { classId }: ClassFixture) => transitionClassAction({}, form({ classId, to: "CANCELLED", reason: "Không đủ số học viên" })),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#assignLecturerAction",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, _viewer, { classId }: ClassFixture) => assignLecturerAction({}, form({ classId, subjectId: world.program.subjects[1].id, lecturerId: world.lecturer.id })),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#removeAssignmentAction",
    kind: "write",
    allowed: school,
    setup: (world) => classWithAssignment(world),
    call: (_world, _viewer, { classId, assignmentId }: { classId: string; assignmentId: string }) => removeAssignmentAction({}, form({ classId, itemId: assignmentId })),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#addSessionAction",
    kind: "write",
    allowed: school,
    setup: (world) => plannedClass(world),
    call: (world, _viewer, { classId }: ClassFixture) =>
      addSessionAction({}, form({ classId, date: "2028-03-02", part: "AFTERNOON", subjectId: world.program.subjects[0].id, lecturerId: world.lecturer.id, periods: "5" })),
  },
  {
    name: "app/(app)/classes/[id]/manage/actions.ts#removeSessionAction",
    kind: "write",
    allowed: school,
    setup: (world) => classWithSession(world),
    call: (_world, _viewer, { classId, sessionId }: { classId: string; sessionId: string }) => removeSessionAction({}, form({ classId, itemId: sessionId })),
  },
];

export const exemptions: MatrixExemption[] = [
  { name: "lib/data/plans.ts#hostUnitWhere", reason: "Builds a `where` fragment from the viewer; reads and writes nothing by itself." },
  { name: "lib/data/plans.ts#assertHostingAllowed", reason: "A check inside other writes' transactions (plan lines, classes), never called by a user." },
];
