import { REDACTED, type Changes } from "@/lib/domain/audit-diff";
import { isMessageKey, type Locale, type Translator } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function translated(t: Translator, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

export function fieldLabel(t: Translator, field: string): string {
  return translated(t, `admin.audit.field.${field}`, field);
}

/** One recorded value as people read it: translated enumerations, Vietnamese dates, yes/no. */
export function auditValue(t: Translator, locale: Locale, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("admin.audit.empty");
  if (value === REDACTED) return t("admin.audit.redacted");
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (typeof value === "string") {
    if (field === "role") return translated(t, `domain.role.${value}`, value);
    if (field === "kind") return translated(t, `domain.unitKind.${value}`, value);
    if (field === "status") return translated(t, `admin.units.status.${value}`, value);
    if (field === "centerLevel") return translated(t, `admin.units.centerLevel.${value}`, value);
    // Calendar days are stored as midnight UTC; instants are shown in Vietnam time.
    if (INSTANT.test(value)) return value.includes("T00:00:00.000Z") ? formatDate(value, locale) : formatDateTime(value, locale);
    return value;
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function isChanges(value: unknown): value is Changes {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The changed fields of an audit entry, old → new. */
export function AuditChanges({ changes, t, locale }: { changes: unknown; t: Translator; locale: Locale }) {
  const entries = isChanges(changes) ? Object.entries(changes) : [];
  if (entries.length === 0) return <span className="text-slate-500">{t("admin.audit.noChanges")}</span>;
  return (
    <ul className="flex flex-col gap-1">
      {entries.map(([field, change]) => (
        <li key={field} data-field={field}>
          <span className="text-slate-600">{fieldLabel(t, field)}:</span>{" "}
          <span className="text-slate-500">{auditValue(t, locale, field, change?.old)}</span>
          {" → "}
          <span className="font-medium text-slate-900">{auditValue(t, locale, field, change?.new)}</span>
        </li>
      ))}
    </ul>
  );
}
