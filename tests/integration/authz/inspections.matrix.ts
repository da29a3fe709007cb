import crypto from "node:crypto";
import {
  addFollowUpAction,
  addRecommendationAction,
  addTeamMemberAction,
  completeInspectionPlanAction,
  createInspectionPlanAction,
  issueInspectionPlanAction,
  recordVisitAction,
  removeTeamMemberAction,
} from "@/app/(app)/inspections/actions";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import {
  addInspectionTeamMember,
  addRecommendation,
  addRecommendationFollowUp,
  completeInspectionPlan,
  createInspectionPlan,
  getInspectionPlan,
  getInspectionVisit,
  issueInspectionPlan,
  listInspectableUnits,
  listInspectionPlans,
  listRecommendations,
  recordInspectionVisit,
  removeInspectionTeamMember,
} from "@/lib/data/inspections";
import { getPlanProgress, listProgressYears } from "@/lib/data/plan-progress";
import { FollowUpSchema, InspectionPlanSchema, RecommendationSchema, TeamMemberSchema, VisitSchema } from "@/lib/validation/inspections";
import type { MatrixEntry } from "./types";
import type { ViewerKey, World } from "./world";

// Plan progress and inspections on the world's rows (tests/integration/authz/world.ts). The world's board
// inspects center A. A row's `setup` makes what its call acts on, fresh for each viewer and before the harness
// takes the database's digest: its own plan (draft, issued, in progress) targeting center A, with a visit to
// center A and a recommendation addressed to it (or the school's approved plan for the progress rows). The
// row's `call` then only calls the function under test with ids from that fixture, so a refused write is
// judged on what the call itself did. Center B, the school (not targeted), the other province's school and
// roles without the permission must be refused or see nothing.

const PROGRESS_YEAR = 2031;
const dashboardReaders: ViewerKey[] = ["leadership", "office", "board"];
const planReaders: ViewerKey[] = ["board", "centerA"];
const board: ViewerKey[] = ["board"];
/** The board decides on recommendations; center A, the responsible unit, reports progress. */
const reporters: ViewerKey[] = ["board", "centerA"];

const unique = () => crypto.randomBytes(3).toString("hex").toUpperCase();

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.set(key, value);
  }
  return data;
}

/** An approved plan of the world's school for PROGRESS_YEAR, with a line held at center A. */
async function progressPlan(world: World) {
  const plan = await world.prisma.annualPlan.upsert({
    where: { schoolUnitId_year: { schoolUnitId: world.units.school.id, year: PROGRESS_YEAR } },
    create: { schoolUnitId: world.units.school.id, year: PROGRESS_YEAR, title: "Kế hoạch ma trận", status: "APPROVED" },
    update: {},
  });
  if ((await world.prisma.planLine.count({ where: { planId: plan.id } })) === 0) {
    await world.prisma.planLine.create({ data: { planId: plan.id, programId: world.program.id, hostUnitId: world.units.centerA.id, plannedClasses: 2, plannedLearners: 100 } });
  }
}

async function makePlan(world: World, status: InspectionStatus, withHead = true) {
  return world.prisma.inspectionPlan.create({
    data: {
      boardUnitId: world.units.board.id,
      code: `${unique()}-KH/BTG`,
      title: "Kiểm tra Trung tâm Chính trị huyện A",
      year: 2026,
      startDate: new Date("2026-03-02"),
      endDate: new Date("2026-03-31"),
      issuedAt: status === "DRAFT" ? null : new Date("2026-02-20"),
      status,
      targets: { create: [{ unitId: world.units.centerA.id }] },
      team: withHead ? { create: [{ name: "Nguyễn Trọng Sơn", role: "HEAD" }] } : undefined,
    },
    include: { team: true },
  });
}

async function makeVisit(world: World) {
  const plan = await makePlan(world, "IN_PROGRESS");
  return world.prisma.inspectionVisit.create({
    data: { planId: plan.id, unitId: world.units.centerA.id, visitDate: new Date("2026-03-10"), findings: "Trung tâm thực hiện đủ kế hoạch." },
  });
}

async function makeRecommendation(world: World) {
  const visit = await makeVisit(world);
  return world.prisma.recommendation.create({ data: { visitId: visit.id, responsibleUnitId: world.units.centerA.id, content: "Bổ sung giảng viên kiêm chức.", dueDate: new Date("2026-06-30") } });
}

type Plan = Awaited<ReturnType<typeof makePlan>>;
type Visit = Awaited<ReturnType<typeof makeVisit>>;
type Rec = Awaited<ReturnType<typeof makeRecommendation>>;

const planValues = (world: World) => ({
  code: `${unique()}-KH/BTG`,
  title: "Kiểm tra công tác đào tạo năm 2026",
  year: "2026",
  startDate: "2026-09-01",
  endDate: "2026-09-30",
  content: "Kiểm tra việc thực hiện kế hoạch.",
  targetUnitIds: [world.units.centerA.id],
});
const memberValues = { name: "Vũ Thị Thanh Hà", position: "Trưởng phòng", role: "MEMBER" };
const visitValues = (world: World) => ({ unitId: world.units.centerA.id, visitDate: "2026-03-12", findings: "Đủ hồ sơ lớp học.", shortcomings: "Thiếu giảng viên." });
const recValues = (world: World) => ({ content: "Bổ sung hồ sơ học viên.", responsibleUnitId: world.units.centerA.id, dueDate: "2026-12-31" });
const followUpValues = { date: "2026-04-01", note: "Đã bổ sung một phần.", statusAfter: "IN_PROGRESS" };

const has = (rows: { id: string }[], id: string) => rows.some((row) => row.id === id);

export const entries: MatrixEntry[] = [
  // ── Plan progress ──
  {
    name: "lib/data/plan-progress.ts#getPlanProgress",
    kind: "read",
    allowed: dashboardReaders,
    setup: (world) => progressPlan(world),
    call: (_world, viewer) => getPlanProgress(viewer, PROGRESS_YEAR),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof getPlanProgress>>).byUnit.some((row) => row.id === world.units.centerA.id),
  },
  {
    name: "lib/data/plan-progress.ts#listProgressYears",
    kind: "read",
    allowed: dashboardReaders,
    setup: (world) => progressPlan(world),
    call: (_world, viewer) => listProgressYears(viewer, 2026),
    succeeded: (result) => (result as number[]).includes(PROGRESS_YEAR),
  },
  // ── Inspection reads ──
  {
    name: "lib/data/inspections.ts#listInspectionPlans",
    kind: "read",
    allowed: planReaders,
    setup: (world) => makePlan(world, "ISSUED"),
    call: async (_world, viewer, plan: Plan) => ({ plan, list: await listInspectionPlans(viewer) }),
    succeeded: (result) => {
      const { plan, list } = result as { plan: { id: string }; list: Awaited<ReturnType<typeof listInspectionPlans>> };
      return has(list.rows, plan.id);
    },
  },
  {
    name: "lib/data/inspections.ts#listInspectableUnits",
    kind: "read",
    allowed: board,
    call: (_world, viewer) => listInspectableUnits(viewer),
    succeeded: (result, world) => has(result as { id: string }[], world.units.centerA.id),
  },
  {
    name: "lib/data/inspections.ts#getInspectionPlan",
    kind: "read",
    allowed: planReaders,
    setup: (world) => makePlan(world, "ISSUED"),
    call: (_world, viewer, plan: Plan) => getInspectionPlan(viewer, plan.id),
  },
  {
    name: "lib/data/inspections.ts#getInspectionVisit",
    kind: "read",
    allowed: planReaders,
    setup: (world) => makeVisit(world),
    call: (_world, viewer, visit: Visit) => getInspectionVisit(viewer, visit.id),
  },
  {
    name: "lib/data/inspections.ts#listRecommendations",
    kind: "read",
    allowed: reporters,
    setup: (world) => makeRecommendation(world),
    call: async (_world, viewer, rec: Rec) => ({ rec, rows: await listRecommendations(viewer) }),
    succeeded: (result) => {
      const { rec, rows } = result as { rec: { id: string }; rows: { id: string }[] };
      return has(rows, rec.id);
    },
  },
  // ── Inspection writes ──
  {
    name: "lib/data/inspections.ts#createInspectionPlan",
    kind: "write",
    allowed: board,
    call: (world, viewer) => createInspectionPlan(viewer, InspectionPlanSchema.parse(planValues(world))),
  },
  {
    name: "lib/data/inspections.ts#addInspectionTeamMember",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT", false),
    call: (_world, viewer, plan: Plan) => addInspectionTeamMember(viewer, plan.id, TeamMemberSchema.parse(memberValues)),
  },
  {
    name: "lib/data/inspections.ts#removeInspectionTeamMember",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT"),
    call: (_world, viewer, plan: Plan) => removeInspectionTeamMember(viewer, plan.team[0].id),
  },
  {
    name: "lib/data/inspections.ts#issueInspectionPlan",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT"),
    call: (_world, viewer, plan: Plan) => issueInspectionPlan(viewer, plan.id),
  },
  {
    name: "lib/data/inspections.ts#completeInspectionPlan",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "IN_PROGRESS"),
    call: (_world, viewer, plan: Plan) => completeInspectionPlan(viewer, plan.id),
  },
  {
    name: "lib/data/inspections.ts#recordInspectionVisit",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "ISSUED"),
    call: (world, viewer, plan: Plan) => recordInspectionVisit(viewer, plan.id, VisitSchema.parse(visitValues(world))),
  },
  {
    name: "lib/data/inspections.ts#addRecommendation",
    kind: "write",
    allowed: board,
    setup: (world) => makeVisit(world),
    call: (world, viewer, visit: Visit) => addRecommendation(viewer, visit.id, RecommendationSchema.parse(recValues(world))),
  },
  {
    name: "lib/data/inspections.ts#addRecommendationFollowUp",
    kind: "write",
    allowed: reporters,
    setup: (world) => makeRecommendation(world),
    call: (_world, viewer, rec: Rec) => addRecommendationFollowUp(viewer, rec.id, FollowUpSchema.parse(followUpValues)),
  },
  // ── Actions ──
  {
    name: "app/(app)/inspections/actions.ts#createInspectionPlanAction",
    kind: "write",
    allowed: board,
    call: (world) => createInspectionPlanAction({}, form(planValues(world))),
  },
  {
    name: "app/(app)/inspections/actions.ts#addTeamMemberAction",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT", false),
    call: (_world, _viewer, plan: Plan) => addTeamMemberAction({}, form({ planId: plan.id, ...memberValues })),
  },
  {
    name: "app/(app)/inspections/actions.ts#removeTeamMemberAction",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT"),
    call: (_world, _viewer, plan: Plan) => removeTeamMemberAction({}, form({ memberId: plan.team[0].id })),
  },
  {
    name: "app/(app)/inspections/actions.ts#issueInspectionPlanAction",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "DRAFT"),
    call: (_world, _viewer, plan: Plan) => issueInspectionPlanAction({}, form({ id: plan.id })),
  },
  {
    name: "app/(app)/inspections/actions.ts#completeInspectionPlanAction",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "IN_PROGRESS"),
    call: (_world, _viewer, plan: Plan) => completeInspectionPlanAction({}, form({ id: plan.id })),
  },
  {
    name: "app/(app)/inspections/actions.ts#recordVisitAction",
    kind: "write",
    allowed: board,
    setup: (world) => makePlan(world, "ISSUED"),
    call: (world, _viewer, plan: Plan) => recordVisitAction({}, form({ planId: plan.id, ...visitValues(world) })),
  },
  {
    name: "app/(app)/inspections/actions.ts#addRecommendationAction",
    kind: "write",
    allowed: board,
    setup: (world) => makeVisit(world),
    call: (world, _viewer, visit: Visit) => addRecommendationAction({}, form({ visitId: visit.id, ...recValues(world) })),
  },
  {
    name: "app/(app)/inspections/actions.ts#addFollowUpAction",
    kind: "write",
    allowed: reporters,
    setup: (world) => makeRecommendation(world),
    call: (_world, _viewer, rec: Rec) => addFollowUpAction({}, form({ recommendationId: rec.id, ...followUpValues })),
  },
];
