import type { MessageKey } from "@/lib/i18n";

/** A row that does not exist or lies outside the viewer's scope: the two are told apart to no one. */
export class NotFoundError extends Error {
  constructor(entity = "record") {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}

/** The viewer's role may not do this at all. */
export class ForbiddenError extends Error {
  constructor(permission = "") {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

/** Input that passed its schema but breaks a rule that needs the database to check (e.g. a duplicate). */
export class DomainValidationError extends Error {
  constructor(
    readonly fieldErrors: Record<string, MessageKey>,
    readonly messageKey?: MessageKey,
  ) {
    super(`invalid: ${Object.keys(fieldErrors).join(", ")}`);
    this.name = "DomainValidationError";
  }
}
