// The changed fields of a record, old → new, as plain JSON for the audit log.

export type FieldChange = { old: unknown; new: unknown };
export type Changes = Record<string, FieldChange>;

// Never written to the log; a change to them is recorded as a redacted marker.
const SECRET_FIELDS = new Set(["passwordHash"]);
const IGNORED_FIELDS = new Set(["createdAt", "updatedAt"]);
export const REDACTED = "[ẩn]";

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value !== null && typeof value === "object" && "toFixed" in value && typeof (value as { toString: unknown }).toString === "function") {
    // Prisma Decimal
    return (value as { toString(): string }).toString();
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Fields that differ between `before` and `after`. Either may be null (a create or a delete); when both are
 * given only the fields present in both are compared, so a partial `before` select is enough.
 */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys =
    before && after
      ? Object.keys(after).filter((key) => key in before)
      : Object.keys(before ?? after ?? {});
  const changes: Changes = {};
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    const oldValue = plain(before?.[key]);
    const newValue = plain(after?.[key]);
    if (typeof oldValue === "object" && oldValue !== null && !Array.isArray(oldValue)) continue; // nested relations
    if (same(oldValue, newValue)) continue;
    changes[key] = SECRET_FIELDS.has(key)
      ? { old: oldValue === null ? null : REDACTED, new: newValue === null ? null : REDACTED }
      : { old: oldValue, new: newValue };
  }
  return changes;
}
