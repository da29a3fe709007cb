"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { requireActionViewer } from "@/lib/auth/session";
import { OverCapacityError } from "@/lib/data/enrolments";
import { importLearners, previewLearnerImport } from "@/lib/data/learner-import";
import { DomainValidationError } from "@/lib/data/errors";
import { cellText, IMPORT_COLUMNS, readImportFile } from "@/lib/domain/learner-import";
import { getTranslator } from "@/lib/i18n/server";
import { ImportCommitSchema } from "@/lib/validation/learner-import";
import { failedForm, invalidForm, submittedValues } from "@/lib/validation/form";
import { describeReport, overCapacityState } from "@/app/(app)/classes/[id]/enrolments/report";
import { describePreview, type ImportFormState } from "./describe";

/**
 * The dry run: reads the uploaded file and checks every row, saving nothing. The rows come back to the page
 * as plain text cells for the import step, which checks them all again (lib/data/learner-import.ts).
 */
export async function previewImportAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  // Refused before the file is even read.
  if (!can(viewer, "learners.write")) return { message: t("common.forbidden") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { message: t("common.formHasErrors"), fieldErrors: { file: t("enrolment.import.chooseFile") } };
  const read = await readImportFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if ("error" in read) return { message: t(read.error), fieldErrors: { file: t(read.error) } };
  // Only the template's columns, and no cell longer than any field may be (longer ones stay too long to
  // pass), so that the rows fit what the import step accepts back (lib/validation/learner-import.ts).
  const cells = read.cells.map((row) => Array.from(row.slice(0, IMPORT_COLUMNS.length), (cell) => (cell === undefined ? "" : cellText(cell ?? null)).slice(0, 500)));
  try {
    const preview = await previewLearnerImport(viewer, cells);
    return { ok: true, preview: describePreview(preview, t), cells: JSON.stringify(cells), fileName: file.name, stamp: Date.now() };
  } catch (error) {
    if (error instanceof DomainValidationError && error.messageKey) return { message: t(error.messageKey), fieldErrors: { file: t(error.messageKey) } };
    return failedForm(error, t, formData);
  }
}

/** Registers the valid new rows in one transaction (and enrols them when a class is chosen). */
export async function commitImportAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ImportCommitSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  const { cells, classId, confirmOverCapacity } = parsed.data;
  const again = { cells: JSON.stringify(cells), fileName: String(formData.get("fileName") ?? "") };
  let outcome: Awaited<ReturnType<typeof importLearners>>;
  try {
    outcome = await importLearners(viewer, cells, { classId, confirmOverCapacity });
  } catch (error) {
    const preview = await previewLearnerImport(viewer, cells).then((p) => describePreview(p, t)).catch(() => undefined);
    if (error instanceof OverCapacityError) return { ...overCapacityState(error, t, formData), preview, ...again };
    return { ...failedForm(error, t, formData), preview, ...again, values: submittedValues(formData) };
  }
  revalidatePath("/learners");
  if (classId) revalidatePath(`/classes/${classId}`);
  return {
    ok: true,
    committed: true,
    stamp: Date.now(),
    message: outcome.enrolment
      ? t("enrolment.import.doneEnrolled", { created: outcome.created, enrolled: outcome.enrolment.enrolled.length })
      : t("enrolment.import.done", { created: outcome.created }),
    preview: describePreview(outcome.preview, t),
    report: outcome.enrolment ? describeReport(outcome.enrolment, t) : undefined,
    fileName: again.fileName,
  };
}
