import type { z } from "zod";
import { isMessageKey, type Translator } from "@/lib/i18n";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { constraintViolation } from "@/lib/db/errors";

/** The state every form action returns: a message, errors by field, and what was typed (to show it again). */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

const NEVER_ECHOED = /password/i;

/** The submitted text values, to bind as defaultValue again (React 19 resets forms after an action). */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !NEVER_ECHOED.test(key)) values[key] = value;
  }
  return values;
}

/** Zod issues → one translated message per field. Schemas use message keys from lib/i18n/messages/validation. */
export function zodFieldErrors(error: z.ZodError, t: Translator): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (fieldErrors[field]) continue;
    const details = issue as { minimum?: number | bigint; maximum?: number | bigint };
    const params = { min: String(details.minimum ?? ""), max: String(details.maximum ?? "") };
    fieldErrors[field] = isMessageKey(issue.message) ? t(issue.message, params) : t("validation.invalid");
  }
  return fieldErrors;
}

export function invalidForm(error: z.ZodError, t: Translator, formData: FormData): FormState {
  return { message: t("common.formHasErrors"), fieldErrors: zodFieldErrors(error, t), values: submittedValues(formData) };
}

/** Turns an expected failure of a data function into form state; anything else is rethrown. */
export function failedForm(error: unknown, t: Translator, formData: FormData): FormState {
  const values = submittedValues(formData);
  if (error instanceof DomainValidationError) {
    const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)]));
    return { message: t(error.messageKey ?? "common.formHasErrors"), fieldErrors, values };
  }
  if (error instanceof NotFoundError) return { message: t("common.notFound"), values };
  if (error instanceof ForbiddenError) return { message: t("common.forbidden"), values };
  if (constraintViolation(error)?.kind === "unique") return { message: t("validation.duplicate"), values };
  throw error;
}
