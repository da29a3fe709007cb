import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requirePermission } from "@/lib/auth/permissions";
import { learnerScope } from "@/lib/auth/scope";
import { learnerData, registeringUnit } from "@/lib/domain/learner-registration";
import { checkImportRows, type CheckedRow, type FileErrorKey, type RowError } from "@/lib/domain/learner-import";
import { constraintViolation } from "@/lib/db/errors";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { enrolInTransaction, LONG_TRANSACTION, type EnrolReport } from "./enrolments";
import { DomainValidationError, NotFoundError } from "./errors";

// A spreadsheet of learners, in two steps. The dry run checks every row and says which are new, which are
// already registered (and whether in the viewer's scope) and which are wrong, saving nothing. The import
// checks everything again from the same cells and registers the valid new rows in one transaction (and may
// enrol them, and the already registered ones in scope, into a class). Between the two, the page keeps the
// rows as plain text cells; nothing about them is trusted, since every check runs again here.

export type ImportRowStatus = "invalid" | "new" | "registered" | "registeredElsewhere";

export interface ImportPreviewRow {
  line: number;
  status: ImportRowStatus;
  fullName: string;
  citizenId: string;
  birthDate: string;
  errors: RowError[];
  /** Only for a learner already registered within the viewer's scope. */
  existing: { id: string; fullName: string } | null;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
}

export class ImportFileError extends DomainValidationError {
  constructor(readonly fileError: FileErrorKey) {
    super({ file: fileError }, fileError);
    this.name = "ImportFileError";
  }
}

type Client = Pick<typeof db, "learner">;

async function classify(client: Client, viewer: Viewer, cells: string[][]): Promise<{ preview: ImportPreview; checked: CheckedRow[] }> {
  const result = checkImportRows(cells);
  if ("error" in result) throw new ImportFileError(result.error);
  const ids = [...new Set(result.rows.map((row) => row.values.citizenId).filter((id) => /^\d{12}$/.test(id)))];
  const holders = new Map((await client.learner.findMany({ where: { citizenId: { in: ids } }, select: { id: true, citizenId: true } })).map((l) => [l.citizenId, l.id]));
  // Only learners the viewer may see are named; another unit's learner is "registered elsewhere", nothing more.
  const visible = new Map(
    (await client.learner.findMany({ where: { id: { in: [...holders.values()] }, ...learnerScope(viewer, "read") }, select: { id: true, fullName: true } })).map((l) => [l.id, l]),
  );
  const counts: Record<ImportRowStatus, number> = { invalid: 0, new: 0, registered: 0, registeredElsewhere: 0 };
  const rows = result.rows.map((row): ImportPreviewRow => {
    const holder = holders.get(row.values.citizenId);
    const existing = holder ? (visible.get(holder) ?? null) : null;
    const status: ImportRowStatus = row.errors.length > 0 ? "invalid" : holder ? (existing ? "registered" : "registeredElsewhere") : "new";
    counts[status] += 1;
    return { line: row.line, status, fullName: row.values.fullName, citizenId: row.values.citizenId, birthDate: row.values.birthDate, errors: row.errors, existing: status === "registered" ? existing : null };
  });
  return { preview: { rows, counts }, checked: result.rows };
}

/** The dry run: every row with its errors and whether it is new or already registered. Saves nothing. */
export async function previewLearnerImport(viewer: Viewer, cells: string[][]): Promise<ImportPreview> {
  requirePermission(viewer, "learners.write");
  if (!registeringUnit(viewer)) throw new NotFoundError("Unit");
  return (await classify(db, viewer, cells)).preview;
}

export interface ImportOutcome {
  created: number;
  preview: ImportPreview;
  enrolment: EnrolReport | null;
}

/**
 * Registers every valid new row at the viewer's unit in one transaction, and, with a class, enrols them and
 * the already registered learners in scope into it (ineligible ones reported, not enrolled). Invalid rows and
 * learners registered elsewhere are reported, never saved. Any failure saves nothing.
 */
export async function importLearners(viewer: Viewer, cells: string[][], options: { classId: string | null; confirmOverCapacity: boolean }): Promise<ImportOutcome> {
  requirePermission(viewer, "learners.write");
  const homeUnitId = registeringUnit(viewer);
  if (!homeUnitId) throw new NotFoundError("Unit");
  if (options.classId) requirePermission(viewer, "enrolments.write");
  try {
    return await db.$transaction(async (tx) => {
      const { preview, checked } = await classify(tx, viewer, cells);
      const byLine = new Map(checked.map((row) => [row.line, row]));
      const learnerIds: string[] = [];
      let created = 0;
      for (const row of preview.rows) {
        if (row.status === "registered" && row.existing) learnerIds.push(row.existing.id);
        if (row.status !== "new") continue;
        const input = byLine.get(row.line)!.input!;
        const learner = await tx.learner.create({
          data: { ...learnerData(input), homeUnitId },
        });
        await recordAudit(tx, viewer, { entity: "Learner", entityId: learner.id, action: "IMPORT", after: learner });
        learnerIds.push(learner.id);
        created += 1;
      }
      // With a class chosen, its scope and status are checked even when no row can join it.
      const enrolment = options.classId
        ? await enrolInTransaction(tx, viewer, { classId: options.classId, learnerIds, overrideReason: null, confirmOverCapacity: options.confirmOverCapacity })
        : null;
      return { created, preview, enrolment };
    }, LONG_TRANSACTION);
  } catch (error) {
    // A CCCD registered by someone else between the check and the insert: nothing was saved; try again.
    const violation = constraintViolation(error);
    if (violation?.kind === "unique" && violation.constraint === "Learner_citizenId_key") throw new DomainValidationError({}, "enrolment.import.conflict");
    throw error;
  }
}
