import { z } from "zod";

// The field builders every schema under lib/validation shares, so that a field means the same thing (and
// says the same message key) in every form.

/** A calendar day typed in an `<input type="date">` (yyyy-mm-dd) that exists: 2026-02-30 does not. */
export function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/** Today as a calendar day in Vietnam (UTC+7, no daylight saving), as @db.Date columns store days. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The id of a record sent by a form (hidden input or select). */
export const IdSchema = z.string("validation.required").trim().min(1, "validation.required").max(64, "validation.invalid");

/** Required text: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) => z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Optional text: trimmed, missing or empty → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => (value ? value : null));

/** A required calendar day, kept as "yyyy-mm-dd" (turn it into a Date with parseIsoDate). */
export const IsoDaySchema = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .refine((value) => parseIsoDate(value) !== null, "validation.date");

/** An optional calendar day, "yyyy-mm-dd": missing or empty → null. */
export const OptionalIsoDaySchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || parseIsoDate(value) !== null, "validation.date");

/** An HTML checkbox: present ("on") when ticked, absent from the form otherwise. */
export const CheckboxSchema = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal(""), z.literal("false")])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "1");
