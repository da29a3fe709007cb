import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClassStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requirePermission } from "@/lib/auth/permissions";
import { classScope, enrolmentScope, learnerScope } from "@/lib/auth/scope";
import { checkEligibility, eligibilityRules, type FailedRule } from "@/lib/domain/eligibility";
import { db } from "@/lib/db";
import type { EnrolInput, WithdrawInput } from "@/lib/validation/enrolments";
import { recordAudit } from "./audit";
import { ACTIVE_ENROLMENT } from "./classes";
import { DomainValidationError, NotFoundError } from "./errors";
import { listLearners } from "./learners";

type Tx = Prisma.TransactionClient;

/** Learners join a class while it enrols and after it opens, never once it is finished or cancelled. */
export const ENROLLING_STATUSES: ClassStatus[] = ["ENROLLING", "IN_PROGRESS"];

// Many learners in one go (a whole spreadsheet): one transaction, given time.
export const LONG_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** More learners than the class was planned for: refused until the user confirms. */
export class OverCapacityError extends DomainValidationError {
  constructor(
    readonly plannedSize: number,
    readonly wouldBe: number,
  ) {
    super({ confirmOverCapacity: "enrolment.enrol.overCapacityField" }, "enrolment.enrol.overCapacity");
    this.name = "OverCapacityError";
  }
}

export interface EnrolReport {
  enrolled: { learnerId: string; fullName: string; overridden: boolean }[];
  duplicates: { learnerId: string; fullName: string }[];
  ineligible: { learnerId: string; fullName: string; failures: FailedRule[] }[];
}

const classSelect = {
  id: true,
  code: true,
  name: true,
  status: true,
  mode: true,
  plannedSize: true,
  startDate: true,
  host: { select: { name: true } },
  program: { select: { name: true } },
  ruleVersion: { select: { name: true, eligibility: true, minAttendancePct: true } },
} satisfies Prisma.TrainingClassSelect;

type EnrolClass = Prisma.TrainingClassGetPayload<{ select: typeof classSelect }>;

/** Ages are counted on the start date; a class without one yet counts them today. */
const eligibilityClass = (c: Pick<EnrolClass, "mode" | "startDate">) => ({ mode: c.mode, startDate: c.startDate ?? new Date() });

async function writableClass(viewer: Viewer, classId: string): Promise<EnrolClass> {
  const trainingClass = await db.trainingClass.findFirst({ where: { id: classId, ...classScope(viewer, "write") }, select: classSelect });
  if (!trainingClass) throw new NotFoundError("TrainingClass");
  return trainingClass;
}

/**
 * The same inside a transaction, one plain query at a time: nested relation reads there would run
 * concurrently on the transaction's single connection, which the pg driver deprecates.
 */
async function writableClassIn(tx: Tx, viewer: Viewer, classId: string) {
  const trainingClass = await tx.trainingClass.findFirst({
    where: { id: classId, ...classScope(viewer, "write") },
    select: { id: true, status: true, mode: true, plannedSize: true, startDate: true, ruleVersionId: true },
  });
  if (!trainingClass) throw new NotFoundError("TrainingClass");
  const ruleVersion = await tx.ruleVersion.findUniqueOrThrow({ where: { id: trainingClass.ruleVersionId }, select: { eligibility: true } });
  return { ...trainingClass, ruleVersion };
}

const eligibilitySelect = { id: true, fullName: true, birthDate: true, gender: true, partyMembership: true, education: true } satisfies Prisma.LearnerSelect;

// ───────────────────────────── Reads ─────────────────────────────

/**
 * A class's enrolment page: the class, its enrolments in Vietnamese name order, and, for a search, the
 * learners in the viewer's scope that could join it, each with the entry conditions they fail.
 */
export async function getClassEnrolments(viewer: Viewer, classId: string, filter: { q?: string } = {}) {
  requirePermission(viewer, "enrolments.write");
  const trainingClass = await writableClass(viewer, classId);
  const rules = eligibilityRules(trainingClass.ruleVersion.eligibility);
  const enrolments = await db.enrolment.findMany({
    where: { classId, ...enrolmentScope(viewer, "write") },
    orderBy: [{ learner: { sortKey: "asc" } }, { learner: { birthDate: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      enrolledAt: true,
      overrideReason: true,
      note: true,
      learner: { select: { id: true, fullName: true, citizenId: true, birthDate: true, gender: true, homeUnit: { select: { name: true } } } },
    },
  });
  let candidates: { id: string; fullName: string; citizenId: string; birthDate: Date; homeUnit: string; failures: FailedRule[] }[] = [];
  const q = filter.q?.trim();
  if (q) {
    const found = await listLearners(viewer, { q });
    const enrolled = new Set(enrolments.map((e) => e.learner.id));
    const ids = found.rows.map((row) => row.id).filter((id) => !enrolled.has(id));
    const facts = new Map((await db.learner.findMany({ where: { id: { in: ids }, ...learnerScope(viewer, "read") }, select: eligibilitySelect })).map((l) => [l.id, l]));
    candidates = found.rows.flatMap((row) => {
      const learner = facts.get(row.id);
      if (!learner) return [];
      return [{ id: row.id, fullName: row.fullName, citizenId: row.citizenId, birthDate: row.birthDate, homeUnit: row.homeUnit.name, failures: checkEligibility(rules, learner, eligibilityClass(trainingClass)) }];
    });
  }
  return {
    trainingClass: { ...trainingClass, ruleVersionName: trainingClass.ruleVersion.name },
    rules,
    activeCount: enrolments.filter((e) => e.status === "ENROLLED" || e.status === "COMPLETED").length,
    enrolments,
    candidates,
    canEnrol: ENROLLING_STATUSES.includes(trainingClass.status),
  };
}

/** Classes the viewer may enrol learners into now, for the import page's choice. */
export async function listEnrollableClasses(viewer: Viewer) {
  requirePermission(viewer, "enrolments.write");
  return db.trainingClass.findMany({
    where: { ...classScope(viewer, "write"), status: { in: ENROLLING_STATUSES } },
    orderBy: [{ startDate: { sort: "desc", nulls: "first" } }, { code: "asc" }],
    select: { id: true, code: true, name: true, status: true, plannedSize: true, _count: { select: { enrolments: { where: ACTIVE_ENROLMENT } } } },
  });
}

// ───────────────────────────── Writes ─────────────────────────────

/**
 * Enrols learners into a class inside the caller's transaction. The class must be within the viewer's
 * write scope and enrolling; every learner within the viewer's read scope (else the whole call is "not
 * found"). Learners already in the class are reported, not enrolled again; those failing an entry condition
 * are reported unless an override reason is given (kept on the enrolment); going over the planned size needs
 * confirming.
 */
export async function enrolInTransaction(
  tx: Tx,
  viewer: Viewer,
  input: { classId: string; learnerIds: string[]; overrideReason: string | null; confirmOverCapacity: boolean },
): Promise<EnrolReport> {
  const trainingClass = await writableClassIn(tx, viewer, input.classId);
  if (!ENROLLING_STATUSES.includes(trainingClass.status)) throw new DomainValidationError({}, "enrolment.enrol.classNotEnrolling");
  const ids = [...new Set(input.learnerIds)];
  const learners = await tx.learner.findMany({ where: { id: { in: ids }, ...learnerScope(viewer, "read") }, select: eligibilitySelect });
  if (learners.length !== ids.length) throw new NotFoundError("Learner");
  const byId = new Map(learners.map((l) => [l.id, l]));

  const already = new Set((await tx.enrolment.findMany({ where: { classId: trainingClass.id, learnerId: { in: ids } }, select: { learnerId: true } })).map((e) => e.learnerId));
  const rules = eligibilityRules(trainingClass.ruleVersion.eligibility);
  const report: EnrolReport = { enrolled: [], duplicates: [], ineligible: [] };
  const toEnrol: { learnerId: string; fullName: string; overridden: boolean }[] = [];
  for (const id of ids) {
    const learner = byId.get(id)!;
    if (already.has(id)) {
      report.duplicates.push({ learnerId: id, fullName: learner.fullName });
      continue;
    }
    const failures = checkEligibility(rules, learner, eligibilityClass(trainingClass));
    if (failures.length > 0 && !input.overrideReason) report.ineligible.push({ learnerId: id, fullName: learner.fullName, failures });
    else toEnrol.push({ learnerId: id, fullName: learner.fullName, overridden: failures.length > 0 });
  }

  const active = await tx.enrolment.count({ where: { classId: trainingClass.id, ...ACTIVE_ENROLMENT } });
  if (toEnrol.length > 0 && active + toEnrol.length > trainingClass.plannedSize && !input.confirmOverCapacity) {
    throw new OverCapacityError(trainingClass.plannedSize, active + toEnrol.length);
  }
  for (const item of toEnrol) {
    const created = await tx.enrolment.create({
      data: { classId: trainingClass.id, learnerId: item.learnerId, overrideReason: item.overridden ? input.overrideReason : null },
    });
    await recordAudit(tx, viewer, {
      entity: "Enrolment",
      entityId: created.id,
      action: "CREATE",
      after: { classId: created.classId, learnerId: created.learnerId, status: created.status, overrideReason: created.overrideReason },
    });
    report.enrolled.push(item);
  }
  return report;
}

/** Enrols the chosen learners in one transaction; see enrolInTransaction for the rules. */
export async function enrolLearners(viewer: Viewer, input: EnrolInput): Promise<EnrolReport> {
  requirePermission(viewer, "enrolments.write");
  return db.$transaction((tx) => enrolInTransaction(tx, viewer, input), LONG_TRANSACTION);
}

/** A learner leaves a class: the enrolment stays, as withdrawn, with the reason in its note. */
export async function withdrawEnrolment(viewer: Viewer, input: WithdrawInput): Promise<{ classId: string }> {
  requirePermission(viewer, "enrolments.write");
  return db.$transaction(async (tx) => {
    const before = await tx.enrolment.findFirst({
      where: { id: input.enrolmentId, ...enrolmentScope(viewer, "write") },
      select: { id: true, classId: true, status: true, note: true },
    });
    if (!before) throw new NotFoundError("Enrolment");
    if (before.status !== "ENROLLED") throw new DomainValidationError({}, "enrolment.withdraw.notEnrolled");
    const { status } = await tx.trainingClass.findUniqueOrThrow({ where: { id: before.classId }, select: { status: true } });
    if (!ENROLLING_STATUSES.includes(status)) throw new DomainValidationError({}, "enrolment.enrol.classNotEnrolling");
    const after = await tx.enrolment.update({ where: { id: before.id }, data: { status: "WITHDRAWN", note: input.note }, select: { status: true, note: true } });
    await recordAudit(tx, viewer, { entity: "Enrolment", entityId: before.id, action: "WITHDRAW", before: { status: before.status, note: before.note }, after });
    return { classId: before.classId };
  });
}
