import type { ClassStatus } from "@/lib/generated/prisma/enums";

// The class lifecycle (DESIGN.md "Class lifecycle"): planned → approved → enrolling → in progress (khai giảng)
// → finished (bế giảng), or cancelled with a reason from any state before finished. Pure rules: the data
// layer gathers the facts (lecturers assigned, grade sheets finalized) and asks here whether a move is allowed.

export type Refusal =
  | "notAllowed"
  | "needsApprover"
  | "needsLecturer"
  | "needsStartDate"
  | "sheetsNotFinalized"
  | "needsReason";

const NEXT: Record<ClassStatus, readonly ClassStatus[]> = {
  PLANNED: ["APPROVED", "CANCELLED"],
  APPROVED: ["ENROLLING", "CANCELLED"],
  ENROLLING: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["FINISHED", "CANCELLED"],
  FINISHED: [],
  CANCELLED: [],
};

export interface TransitionFacts {
  from: ClassStatus;
  to: ClassStatus;
  /** The actor holds classes.approve (school leadership). */
  canApprove: boolean;
  lecturerAssignments: number;
  hasStartDate: boolean;
  /** Graded subjects (assessment other than NONE) whose sheet is not FINALIZED. */
  unfinalizedGradedSubjects: number;
  reason?: string | null;
}

/** The statuses a class may move to next, before the facts of the class are checked. */
export function nextStatuses(from: ClassStatus): readonly ClassStatus[] {
  return NEXT[from];
}

/** Whether the planning fields (program, host, dates, size …) may still change. */
export function isPlanningEditable(status: ClassStatus): boolean {
  return status === "PLANNED" || status === "APPROVED";
}

/** Whether lecturers and sessions may still be changed: not after bế giảng or cancellation. */
export function isScheduleEditable(status: ClassStatus): boolean {
  return status !== "FINISHED" && status !== "CANCELLED";
}

/** Why a transition is refused, or null when it is allowed. */
export function checkTransition(facts: TransitionFacts): Refusal | null {
  if (!NEXT[facts.from].includes(facts.to)) return "notAllowed";
  switch (facts.to) {
    case "APPROVED":
      return facts.canApprove ? null : "needsApprover";
    case "IN_PROGRESS":
      if (!facts.hasStartDate) return "needsStartDate";
      return facts.lecturerAssignments > 0 ? null : "needsLecturer";
    case "FINISHED":
      return facts.unfinalizedGradedSubjects === 0 ? null : "sheetsNotFinalized";
    case "CANCELLED":
      return facts.reason && facts.reason.trim() ? null : "needsReason";
    default:
      return null;
  }
}

export interface LineClass {
  status: ClassStatus;
  endDate: Date | null;
  enrolled: number;
}

export interface LineActual {
  classes: number;
  opened: number;
  finished: number;
  carriedOver: number;
  cancelled: number;
  learners: number;
}

/**
 * A class carries over to the next year when it is still running at the end of the plan's year: it runs
 * past 31 December, or it has not finished (nor been cancelled) and has no end date.
 */
export function isCarriedOver(cls: Pick<LineClass, "status" | "endDate">, year: number): boolean {
  if (cls.status === "CANCELLED") return false;
  const yearEnd = Date.UTC(year, 11, 31);
  if (cls.endDate) return cls.endDate.getTime() > yearEnd;
  return cls.status !== "FINISHED";
}

/** Plan vs actual of one plan line from the classes linked to it. */
export function lineActual(classes: LineClass[], year: number): LineActual {
  const actual: LineActual = { classes: 0, opened: 0, finished: 0, carriedOver: 0, cancelled: 0, learners: 0 };
  for (const cls of classes) {
    if (cls.status === "CANCELLED") {
      actual.cancelled += 1;
      continue;
    }
    actual.classes += 1;
    if (cls.status === "IN_PROGRESS" || cls.status === "FINISHED") actual.opened += 1;
    if (cls.status === "FINISHED") actual.finished += 1;
    if ((cls.status === "IN_PROGRESS" || cls.status === "ENROLLING") && isCarriedOver(cls, year)) actual.carriedOver += 1;
    actual.learners += cls.enrolled;
  }
  return actual;
}

/** The sum of several lines' figures. */
export function sumActuals(actuals: LineActual[]): LineActual {
  return actuals.reduce(
    (sum, a) => ({
      classes: sum.classes + a.classes,
      opened: sum.opened + a.opened,
      finished: sum.finished + a.finished,
      carriedOver: sum.carriedOver + a.carriedOver,
      cancelled: sum.cancelled + a.cancelled,
      learners: sum.learners + a.learners,
    }),
    { classes: 0, opened: 0, finished: 0, carriedOver: 0, cancelled: 0, learners: 0 },
  );
}

/** The rule version in effect on a day: effectiveFrom ≤ day < effectiveTo (open-ended when effectiveTo is null). */
export function ruleVersionOn<T extends { effectiveFrom: Date; effectiveTo: Date | null }>(versions: T[], day: Date): T | null {
  const t = day.getTime();
  const matching = versions.filter((v) => v.effectiveFrom.getTime() <= t && (v.effectiveTo === null || t < v.effectiveTo.getTime()));
  matching.sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime());
  return matching[0] ?? null;
}
