import { correctGradeAction, finalizeGradeSheetAction, saveGradeSheetAction } from "@/app/(app)/classes/actions";
import { createLearnerAction, updateLearnerAction } from "@/app/(app)/learners/actions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/auth/permissions";
import { getClass, getClassFilterOptions, listClasses } from "@/lib/data/classes";
import { correctGrade, finalizeGradeSheet, getGradeSheet, saveGradeSheet } from "@/lib/data/grades";
import { createLearner, getLearner, listLearners, listLearnerUnits, updateLearner } from "@/lib/data/learners";
import { LearnerSchema } from "@/lib/validation/learners";
import { citizenId } from "@/tests/support/factories";
import type { MatrixEntry } from "./types";
import type { ViewerKey, World } from "./world";
import { form } from "@/tests/support/request-stubs";

// Who may do what to the world's rows (tests/integration/authz/world.ts): a class of the school held at
// center A, a learner of center A enrolled in it with a grade on the first subject's sheet, and a lecturer
// who teaches that first subject. Center B, the other province's school and roles without the permission
// must be refused, and a refused write must leave the database unchanged.

const readers: ViewerKey[] = ["leadership", "office", "lecturer", "centerA", "board"];
/** Everyone who registers learners at their own unit (creating touches none of the world's rows). */
const registrars: ViewerKey[] = ["leadership", "office", "centerA", "centerB", "otherProvinceSchool"];
/** Who may change center A's learner: center A, and the school whose class the learner is enrolled in. */
const learnerEditors: ViewerKey[] = ["leadership", "office", "centerA"];
/** Who may enter grades of the first subject: the host center, the school's office, its lecturer. */
const gradeEnterers: ViewerKey[] = ["office", "lecturer", "centerA"];

function learnerValues(fullName = "Hoàng Văn Tùng"): Record<string, string> {
  return {
    fullName,
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
  };
}

const learnerInput = (fullName?: string) => LearnerSchema.parse(learnerValues(fullName));

function worldLearnerValues(world: World, fullName: string): Record<string, string> {
  return { ...learnerValues(fullName), citizenId: world.learner.citizenId, id: world.learner.id };
}

const firstSubject = (world: World) => world.program.subjects[0].id;

/** Finalizes the world's sheet as its leadership, for whoever may correct: the others are refused before its state matters. */
async function finalizedForCorrection(world: World, viewer: Viewer) {
  if (!can(viewer, "grades.finalize")) return;
  const sheet = await world.prisma.gradeSheet.findUniqueOrThrow({ where: { id: world.sheet.id } });
  if (sheet.status !== "FINALIZED") await finalizeGradeSheet(world.viewers.leadership, { classId: world.trainingClass.id, subjectId: firstSubject(world) });
}

export const entries: MatrixEntry[] = [
  // ── Learners ──
  {
    name: "lib/data/learners.ts#listLearners",
    kind: "read",
    allowed: readers,
    call: (_world, viewer) => listLearners(viewer, { q: "nong van hai" }),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof listLearners>>).rows.some((row) => row.id === world.learner.id),
  },
  {
    name: "lib/data/learners.ts#listLearnerUnits",
    kind: "read",
    allowed: readers,
    call: (_world, viewer) => listLearnerUnits(viewer),
    succeeded: (result, world) => (result as { id: string }[]).some((unit) => unit.id === world.units.centerA.id),
  },
  {
    name: "lib/data/learners.ts#getLearner",
    kind: "read",
    allowed: readers,
    call: (world, viewer) => getLearner(viewer, world.learner.id),
  },
  {
    name: "lib/data/learners.ts#createLearner",
    kind: "write",
    allowed: registrars,
    call: (_world, viewer) => createLearner(viewer, learnerInput()),
  },
  {
    name: "lib/data/learners.ts#updateLearner",
    kind: "write",
    allowed: learnerEditors,
    call: (world, viewer) => updateLearner(viewer, world.learner.id, { ...learnerInput(`Nông Văn Hải ${viewer.role === "CENTER_STAFF" ? "A" : "B"}`), citizenId: world.learner.citizenId }),
  },
  {
    name: "app/(app)/learners/actions.ts#createLearnerAction",
    kind: "write",
    allowed: registrars,
    call: (_world, viewer) => createLearnerAction({}, form(learnerValues())),
  },
  {
    name: "app/(app)/learners/actions.ts#updateLearnerAction",
    kind: "write",
    allowed: learnerEditors,
    call: (world, viewer) => updateLearnerAction({}, form(worldLearnerValues(world, `Nông Văn Hải ${viewer.username.slice(-4)}`))),
  },

  // ── Classes ──
  {
    name: "lib/data/classes.ts#listClasses",
    kind: "read",
    allowed: readers,
    call: (_world, viewer) => listClasses(viewer, { status: "IN_PROGRESS" }),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof listClasses>>).rows.some((row) => row.id === world.trainingClass.id),
  },
  {
    name: "lib/data/classes.ts#getClassFilterOptions",
    kind: "read",
    allowed: readers,
    call: (_world, viewer) => getClassFilterOptions(viewer),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof getClassFilterOptions>>).hosts.some((host) => host.id === world.units.centerA.id),
  },
  {
    name: "lib/data/classes.ts#getClass",
    kind: "read",
    allowed: readers,
    call: (world, viewer) => getClass(viewer, world.trainingClass.id),
  },

  // ── Grades ──
  {
    name: "lib/data/grades.ts#getGradeSheet",
    kind: "read",
    allowed: readers,
    call: (world, viewer) => getGradeSheet(viewer, world.trainingClass.id, firstSubject(world)),
  },
  {
    name: "lib/data/grades.ts#saveGradeSheet",
    kind: "write",
    allowed: gradeEnterers,
    call: (world, viewer) =>
      saveGradeSheet(viewer, { classId: world.trainingClass.id, subjectId: firstSubject(world), rows: [{ enrolmentId: world.enrolment.id, score: 8.5, absent: false, note: null }] }),
  },
  {
    // The second subject has no sheet yet and is not the lecturer's: the sheet created by the first save is
    // rolled back with the lecturer's refusal.
    name: "lib/data/grades.ts#saveGradeSheet",
    kind: "write",
    allowed: ["office", "centerA"],
    call: (world, viewer) =>
      saveGradeSheet(viewer, { classId: world.trainingClass.id, subjectId: world.program.subjects[1].id, rows: [{ enrolmentId: world.enrolment.id, score: 6, absent: false, note: null }] }),
  },
  {
    name: "lib/data/grades.ts#finalizeGradeSheet",
    kind: "write",
    allowed: ["leadership"],
    call: (world, viewer) => finalizeGradeSheet(viewer, { classId: world.trainingClass.id, subjectId: firstSubject(world) }),
  },
  {
    name: "lib/data/grades.ts#correctGrade",
    kind: "write",
    allowed: ["leadership"],
    async call(world, viewer) {
      await finalizedForCorrection(world, viewer);
      return correctGrade(viewer, { gradeId: world.grade.id, score: 9, absent: false, reason: "Chấm phúc khảo theo đơn của học viên", decisionRef: "QĐ 12/QĐ-TCT" });
    },
  },
  {
    name: "app/(app)/classes/actions.ts#saveGradeSheetAction",
    kind: "write",
    allowed: gradeEnterers,
    call: (world) =>
      saveGradeSheetAction(
        {},
        form({ classId: world.trainingClass.id, subjectId: firstSubject(world), "rows.0.enrolmentId": world.enrolment.id, "rows.0.score": "8,25", "rows.0.note": "" }),
      ),
  },
  {
    name: "app/(app)/classes/actions.ts#finalizeGradeSheetAction",
    kind: "write",
    allowed: ["leadership"],
    call: (world) => finalizeGradeSheetAction({}, form({ classId: world.trainingClass.id, subjectId: firstSubject(world) })),
  },
  {
    name: "app/(app)/classes/actions.ts#correctGradeAction",
    kind: "write",
    allowed: ["leadership"],
    async call(world, viewer) {
      await finalizedForCorrection(world, viewer);
      return correctGradeAction({}, form({ gradeId: world.grade.id, score: "9,5", reason: "Chấm phúc khảo theo đơn của học viên", decisionRef: "" }));
    },
  },
];
