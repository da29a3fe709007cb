import type { ImportPreview, ImportRowStatus } from "@/lib/data/learner-import";
import { IMPORT_HEADERS } from "@/lib/domain/learner-import";
import type { Translator } from "@/lib/i18n";
import type { FormState } from "@/lib/validation/form";
import type { EnrolReportText } from "@/app/(app)/classes/[id]/enrolments/report";

export interface PreviewRowText {
  line: number;
  status: ImportRowStatus;
  statusLabel: string;
  fullName: string;
  citizenId: string;
  birthDate: string;
  errors: string[];
  existing: { id: string; fullName: string } | null;
}

export interface PreviewText {
  rows: PreviewRowText[];
  counts: Record<ImportRowStatus, number>;
  summary: string;
}

export type ImportFormState = FormState & {
  preview?: PreviewText;
  /** The checked rows as text cells (JSON), sent back with "import" and checked again there. */
  cells?: string;
  fileName?: string;
  committed?: boolean;
  /** When the answer was given, so the page shows the newer of a check and an import. */
  stamp?: number;
  report?: EnrolReportText;
};

/** A dry run in words: each row's result and its errors, "column: problem", in the viewer's language. */
export function describePreview(preview: ImportPreview, t: Translator): PreviewText {
  const { counts } = preview;
  return {
    counts,
    summary: t("enrolment.import.counts", {
      total: preview.rows.length,
      new: counts.new,
      registered: counts.registered,
      elsewhere: counts.registeredElsewhere,
      invalid: counts.invalid,
    }),
    rows: preview.rows.map((row) => ({
      line: row.line,
      status: row.status,
      statusLabel: t(`enrolment.enums.importStatus.${row.status}`),
      fullName: row.fullName,
      citizenId: row.citizenId,
      birthDate: row.birthDate,
      errors: row.errors.map((e) => t("enrolment.import.errorLine", { column: IMPORT_HEADERS[e.column], message: t(e.key, e.params) })),
      existing: row.existing,
    })),
  };
}
