import { z } from "zod";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/domain/learner-import";
import { CheckboxSchema } from "./fields";

/**
 * The rows a dry run showed, sent back with "import": plain text cells, exactly what a CSV upload would
 * give. They are checked again from scratch on the server (lib/data/learner-import.ts), so the client can
 * change nothing it could not change by uploading another file.
 */
export const ImportCellsSchema = z
  .string("validation.required")
  .max(2_000_000, "validation.invalid")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.array(z.string().max(500, "validation.invalid")).max(IMPORT_COLUMNS.length + 5, "validation.invalid")).max(MAX_IMPORT_ROWS + 50, "validation.invalid"));

export const ImportCommitSchema = z.object({
  cells: ImportCellsSchema,
  classId: z
    .string()
    .trim()
    .max(64, "validation.invalid")
    .optional()
    .transform((value) => (value ? value : null)),
  confirmOverCapacity: CheckboxSchema,
});

export type ImportCommitInput = z.output<typeof ImportCommitSchema>;
