import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { enrolmentScope, learnerScope } from "@/lib/auth/scope";
import { learnerData, registeringUnit } from "@/lib/domain/learner-registration";
import { foldDiacritics, nameSortKey } from "@/lib/domain/vietnamese-name";
import { constraintViolation } from "@/lib/db/errors";
import { db } from "@/lib/db";
import type { LearnerFilter, LearnerInput } from "@/lib/validation/learners";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";

export const LEARNERS_PAGE_SIZE = 25;

/** A citizen ID that is already registered; `existing` is set only when that learner is in the viewer's scope. */
export class DuplicateCitizenIdError extends DomainValidationError {
  constructor(readonly existing: { id: string; fullName: string } | null) {
    super({ citizenId: "training.learners.duplicateCitizenId" });
    this.name = "DuplicateCitizenIdError";
  }
}

// ───────────────────────────── Search ─────────────────────────────

// Letters that lose their marks when folded: a folded query letter stands for any of these.
const LETTER_VARIANTS: Record<string, string[]> = { a: ["a", "ă", "â"], d: ["d", "đ"], e: ["e", "ê"], o: ["o", "ô", "ơ"], u: ["u", "ư"] };
const MAX_VARIANTS_PER_WORD = 81;

/**
 * The sort-key letters of one word (lib/domain/vietnamese-name.ts: letters, "!", tones), ready for
 * `contains`. The letter codes include "\\" (for ư), which LIKE reads as its escape character and Prisma
 * leaves as it is (it escapes only % and _), so it is doubled here.
 */
function letterKey(word: string): string {
  return nameSortKey(word).split("!")[0].replaceAll("\\", "\\\\");
}

/**
 * A diacritics-insensitive name match that runs in the database and combines with the scope in one `where`.
 * The sort key keeps each word's letters (with their vowel marks: a ≠ ă ≠ â) apart from its tones, so tones
 * never get in the way; a folded query word matches when one of its vowel-mark spellings begins a word of
 * the name ("duc" → "duc", "đuc", "dưc", "đưc": finds "Đức"; "an" finds An, Ân and Anh, not Văn). Every
 * query word must match. Without a separate folded column this keeps search, scope, sort and paging in one
 * query.
 */
function nameSearch(query: string): Prisma.LearnerWhereInput {
  const words = foldDiacritics(query.normalize("NFC"))
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  return {
    AND: words.map((word) => {
      let spellings = [""];
      for (const ch of word) {
        const options = LETTER_VARIANTS[ch] ?? [ch];
        spellings = spellings.flatMap((prefix) => options.map((option) => prefix + option));
        if (spellings.length > MAX_VARIANTS_PER_WORD) {
          // A pathological word (many vowels): fall back to the name as written.
          return { fullName: { contains: word, mode: "insensitive" } } satisfies Prisma.LearnerWhereInput;
        }
      }
      // A word of the name starts with it: the key's first word, or one after a space.
      return {
        OR: spellings.flatMap((spelling) => [{ sortKey: { startsWith: letterKey(spelling) } }, { sortKey: { contains: ` ${letterKey(spelling)}` } }]),
      };
    }),
  };
}

function searchFilter(query: string | undefined): Prisma.LearnerWhereInput {
  const q = query?.trim();
  if (!q) return {};
  const digits = q.replace(/\s+/g, "");
  if (/^\d{3,12}$/.test(digits)) return { citizenId: { startsWith: digits } };
  return nameSearch(q);
}

// ───────────────────────────── Reads ─────────────────────────────

/** The list's columns; the count of classes counts only those the viewer may see. */
function listSelect(viewer: Viewer) {
  return {
    id: true,
    citizenId: true,
    fullName: true,
    birthDate: true,
    gender: true,
    partyMembership: true,
    position: true,
    workplace: true,
    homeUnit: { select: { id: true, name: true } },
    _count: { select: { enrolments: { where: enrolmentScope(viewer, "read") } } },
  } satisfies Prisma.LearnerSelect;
}

/** Learners in the viewer's scope, in Vietnamese name order, searched by name or citizen ID, a page at a time. */
export async function listLearners(viewer: Viewer, filter: LearnerFilter = {}) {
  requirePermission(viewer, "learners.read");
  const page = Math.max(filter.page ?? 1, 1);
  const where: Prisma.LearnerWhereInput = {
    AND: [learnerScope(viewer, "read"), filter.unitId ? { homeUnitId: filter.unitId } : {}, searchFilter(filter.q)],
  };
  const [total, rows] = await Promise.all([
    db.learner.count({ where }),
    db.learner.findMany({
      where,
      orderBy: [{ sortKey: "asc" }, { birthDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * LEARNERS_PAGE_SIZE,
      take: LEARNERS_PAGE_SIZE,
      select: listSelect(viewer),
    }),
  ]);
  return { total, page, pageSize: LEARNERS_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / LEARNERS_PAGE_SIZE)), rows };
}

/** The units whose learners the viewer may see, for the list's unit filter. */
export async function listLearnerUnits(viewer: Viewer) {
  requirePermission(viewer, "learners.read");
  return db.unit.findMany({
    where: { learners: { some: learnerScope(viewer, "read") } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}

/**
 * One learner with personal data and enrolments. Only enrolments in classes the viewer may see are listed:
 * a center reads its own learner's history at its own classes, not at another center's.
 */
export async function getLearner(viewer: Viewer, id: string) {
  requirePermission(viewer, "learners.read");
  const learner = await db.learner.findFirst({
    where: { id, ...learnerScope(viewer, "read") },
    select: {
      id: true,
      citizenId: true,
      fullName: true,
      birthDate: true,
      gender: true,
      ethnicity: true,
      partyMembership: true,
      partyJoinDate: true,
      position: true,
      workplace: true,
      education: true,
      theoryLevel: true,
      phone: true,
      email: true,
      createdAt: true,
      updatedAt: true,
      homeUnit: { select: { id: true, name: true } },
      enrolments: {
        where: enrolmentScope(viewer, "read"),
        orderBy: [{ enrolledAt: "desc" }],
        select: {
          id: true,
          status: true,
          enrolledAt: true,
          trainingClass: {
            select: { id: true, code: true, name: true, status: true, startDate: true, endDate: true, program: { select: { name: true } }, host: { select: { name: true } } },
          },
          result: { select: { finalScore: true, classification: true, passed: true, computedAt: true } },
        },
      },
    },
  });
  if (!learner) throw new NotFoundError("Learner");
  const canEdit = can(viewer, "learners.write") && (await db.learner.count({ where: { id, ...learnerScope(viewer, "write") } })) > 0;
  return {
    ...learner,
    canEdit,
    enrolments: learner.enrolments.map((e) => ({
      ...e,
      result: e.result ? { ...e.result, finalScore: Number(e.result.finalScore) } : null,
    })),
  };
}

// ───────────────────────────── Writes ─────────────────────────────

/** Refuses a citizen ID that another learner holds, naming that learner only when the viewer may see them. */
async function assertCitizenIdFree(tx: Prisma.TransactionClient, viewer: Viewer, citizenId: string, exceptId?: string) {
  const holder = await tx.learner.findUnique({ where: { citizenId }, select: { id: true } });
  if (!holder || holder.id === exceptId) return;
  const visible = await tx.learner.findFirst({ where: { id: holder.id, ...learnerScope(viewer, "read") }, select: { id: true, fullName: true } });
  throw new DuplicateCitizenIdError(visible);
}

/** A unique-index race lost to a concurrent registration reads as the same duplicate. */
function rethrowDuplicate(error: unknown): never {
  const violation = constraintViolation(error);
  if (violation?.kind === "unique" && violation.constraint === "Learner_citizenId_key") throw new DuplicateCitizenIdError(null);
  throw error;
}

/** Registers a learner at the viewer's own unit. */
export async function createLearner(viewer: Viewer, input: LearnerInput): Promise<{ id: string }> {
  requirePermission(viewer, "learners.write");
  const homeUnitId = registeringUnit(viewer);
  if (!homeUnitId) throw new NotFoundError("Unit");
  try {
    return await db.$transaction(async (tx) => {
      await assertCitizenIdFree(tx, viewer, input.citizenId);
      const created = await tx.learner.create({ data: { ...learnerData(input), homeUnitId } });
      await recordAudit(tx, viewer, { entity: "Learner", entityId: created.id, action: "CREATE", after: created });
      return { id: created.id };
    });
  } catch (error) {
    rethrowDuplicate(error);
  }
}

/** Changes a learner's personal data; the unit they are registered at stays. */
export async function updateLearner(viewer: Viewer, id: string, input: LearnerInput): Promise<{ id: string }> {
  requirePermission(viewer, "learners.write");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.learner.findFirst({ where: { id, ...learnerScope(viewer, "write") } });
      if (!before) throw new NotFoundError("Learner");
      if (input.citizenId !== before.citizenId) await assertCitizenIdFree(tx, viewer, input.citizenId, id);
      const after = await tx.learner.update({ where: { id: before.id }, data: learnerData(input) });
      await recordAudit(tx, viewer, { entity: "Learner", entityId: id, action: "UPDATE", before, after });
      return { id };
    });
  } catch (error) {
    rethrowDuplicate(error);
  }
}
