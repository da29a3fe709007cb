// The two database routes report a refused write differently: the PostgreSQL adapter as a Prisma error
// (P2002 …) with the driver's error in `meta`, PGlite as a raw driver error with the SQLSTATE in `cause`.
// This reads either into one shape, so callers can tell a duplicate from a broken rule.

export type ConstraintKind = "unique" | "foreign-key" | "check";

export interface ConstraintViolation {
  kind: ConstraintKind;
  /** The constraint's name, e.g. "Learner_citizenId_key", when the database said it. */
  constraint?: string;
}

const BY_SQLSTATE: Record<string, ConstraintKind> = { "23505": "unique", "23503": "foreign-key", "23514": "check", "23001": "foreign-key" };
const BY_PRISMA_CODE: Record<string, ConstraintKind> = { P2002: "unique", P2003: "foreign-key", P2014: "foreign-key" };

type Loose = { code?: unknown; message?: unknown; cause?: Loose; meta?: { driverAdapterError?: Loose; constraint?: unknown }; originalCode?: unknown; originalMessage?: unknown; constraint?: { index?: string } };

export function constraintViolation(error: unknown): ConstraintViolation | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as Loose;
  const driver = e.meta?.driverAdapterError?.cause ?? e.cause;
  const sqlState = String(driver?.originalCode ?? driver?.code ?? "");
  const kind = BY_PRISMA_CODE[String(e.code ?? "")] ?? BY_SQLSTATE[sqlState];
  if (!kind) return null;
  const text = String(driver?.originalMessage ?? driver?.message ?? e.message ?? "");
  const constraint = driver?.constraint?.index ?? /constraint "([^"]+)"/.exec(text)?.[1];
  return { kind, constraint };
}
