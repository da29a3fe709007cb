import { z } from "zod";
import { UnitKind } from "@/lib/generated/prisma/enums";

// Units form an editable tree with dated changes (Quy định 360-QĐ/TW; provincial mergers 2025). These
// schemas are shared by the unit forms and their actions; the tree rules below are checked again in
// lib/data/units.ts against the database.

// Kept where the unit pages and their tests have always found it.
export { todayInVietnam } from "./fields";

/** A calendar day stored in a `@db.Date` column: midnight UTC of that day. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The instant a calendar day begins in Vietnam (for filtering timestamps by the day people see). */
export function dayStartInVietnam(day: string): Date {
  return new Date(`${day}T00:00:00.000+07:00`);
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads "yyyy-mm-dd" (a date input) or "dd/mm/yyyy" (typed the Vietnamese way) into "yyyy-mm-dd"; null if neither. */
export function parseDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : vn ? [+vn[3], +vn[2], +vn[1]] : [NaN, NaN, NaN];
  if (!isRealDay(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A required calendar day, as "yyyy-mm-dd". */
export const DaySchema = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .refine((text) => parseDay(text) !== null, "validation.date")
  .transform((text) => parseDay(text) as string);

/** An optional calendar day: empty → null. */
export const OptionalDaySchema = z
  .preprocess((value) => value ?? "", z.string().trim())
  .refine((text) => text === "" || parseDay(text) !== null, "validation.date")
  .transform((text) => (text === "" ? null : (parseDay(text) as string)));

/** Optional free text: trimmed, empty → null. */
export function optionalText(max: number) {
  return z
    .preprocess((value) => value ?? "", z.string().trim().max(max, "validation.tooLong"))
    .transform((text) => (text === "" ? null : text.normalize("NFC")));
}

export function requiredText(max: number) {
  return z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .transform((text) => text.normalize("NFC").replace(/\s+/g, " "));
}

export const IdSchema = z.string("validation.choose").trim().min(1, "validation.choose").max(64, "validation.invalid");

/** An optional id from a select: empty → null. */
export const OptionalIdSchema = z
  .preprocess((value) => value ?? "", z.string().trim().max(64, "validation.invalid"))
  .transform((text) => (text === "" ? null : text));

/**
 * Which kinds of unit a unit of each kind may sit under. Provinces and the Academy are roots; a school, the
 * board and the political centers (of any level) belong to a province; faculties and offices to a school
 * (an office may also belong to the board).
 */
export const PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  ACADEMY: [],
  PROVINCE: [],
  SCHOOL: ["PROVINCE"],
  BOARD: ["PROVINCE"],
  CENTER: ["PROVINCE"],
  FACULTY: ["SCHOOL"],
  OFFICE: ["SCHOOL", "BOARD"],
};

export const UNIT_KINDS = Object.values(UnitKind);

const UnitCodeSchema = z
  .string("validation.required")
  .trim()
  .toUpperCase()
  .min(1, "validation.required")
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, "admin.units.errors.code");

export const CreateUnitSchema = z.object({
  kind: z.enum(UnitKind, "validation.choose"),
  name: requiredText(200),
  shortName: optionalText(60),
  code: UnitCodeSchema,
  parentId: OptionalIdSchema,
  centerLevel: z
    .preprocess((value) => value ?? "", z.enum(["", "DISTRICT", "COMMUNE"], "validation.choose"))
    .transform((level) => (level === "" ? null : level)),
  validFrom: OptionalDaySchema,
  decisionRef: optionalText(100),
});
export type CreateUnitInput = z.infer<typeof CreateUnitSchema>;

export const RenameUnitSchema = z.object({
  unitId: IdSchema,
  name: requiredText(200),
  shortName: optionalText(60),
  effectiveDate: DaySchema,
  decisionRef: optionalText(100),
  note: optionalText(500),
});
export type RenameUnitInput = z.infer<typeof RenameUnitSchema>;

export const CloseUnitSchema = z
  .object({
    unitId: IdSchema,
    kind: z.enum(["DISSOLVED", "MERGED"], "validation.choose"),
    successorId: OptionalIdSchema,
    effectiveDate: DaySchema,
    decisionRef: optionalText(100),
    note: optionalText(500),
  })
  .refine((value) => value.kind !== "MERGED" || value.successorId !== null, {
    path: ["successorId"],
    message: "admin.units.errors.successorRequired",
    // Checked even when other fields are wrong, so that every mistake is shown at once.
    when: () => true,
  });
export type CloseUnitInput = z.infer<typeof CloseUnitSchema>;
