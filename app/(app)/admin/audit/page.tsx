import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/audit";
import { listAuditFilterChoices } from "@/lib/data/users";
import { isMessageKey, type Translator } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { dayStartInVietnam } from "@/lib/validation/units";
import { parseAuditQuery } from "@/lib/validation/users";
import { AuditChanges } from "@/components/admin/audit-changes";
import { Pagination } from "@/components/pagination";
import { EmptyState, inputClass, linkClass, PageHeader, primaryLinkClass, rowClass, secondaryButtonClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("admin.audit.title") };
}

const PAGE_SIZE = 25;

function entityName(t: Translator, entity: string): string {
  const key = `admin.audit.entity.${entity}`;
  return isMessageKey(key) ? t(key) : entity;
}

function actionName(t: Translator, action: string): string {
  const key = `admin.audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** Records that have a page of their own link to it. */
function entityHref(entity: string, id: string, canSeeUnits: boolean): string | null {
  if (entity === "User") return `/admin/users/${id}`;
  if (entity === "Unit" && canSeeUnits) return `/admin/units/${id}`;
  return null;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("audit.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const query = parseAuditQuery(await searchParams);
  const [log, choices] = await Promise.all([
    listAuditEntries(viewer, {
      userId: query.userId,
      entity: query.entity,
      entityId: query.entityId,
      // The days typed are Vietnam's calendar days; `to` is inclusive (listAuditEntries adds the day).
      from: query.from ? dayStartInVietnam(query.from) : undefined,
      to: query.to ? dayStartInVietnam(query.to) : undefined,
      page: query.page,
      pageSize: PAGE_SIZE,
    }),
    listAuditFilterChoices(viewer),
  ]);
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  const entities = query.entity && !choices.entities.includes(query.entity) ? [...choices.entities, query.entity] : choices.entities;
  const label = "flex flex-col gap-1 text-sm font-medium text-slate-700";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("admin.audit.title")} intro={t("admin.audit.intro")} />

      <form method="get" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-3 lg:grid-cols-[minmax(0,1.5fr)_repeat(4,minmax(0,1fr))]">
        <label className={label}>
          {t("admin.audit.filters.user")}
          <select name="userId" defaultValue={query.userId ?? ""} className={`${inputClass} font-normal`}>
            <option value="">{t("admin.audit.filters.any")}</option>
            {choices.users.map((user) => (
              <option key={user.id} value={user.id}>{user.fullName} ({user.username})</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("admin.audit.filters.entity")}
          <select name="entity" defaultValue={query.entity ?? ""} className={`${inputClass} font-normal`}>
            <option value="">{t("admin.audit.filters.any")}</option>
            {entities.map((entity) => (
              <option key={entity} value={entity}>{entityName(t, entity)}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("admin.audit.filters.entityId")}
          <input name="entityId" defaultValue={query.entityId ?? ""} className={`${inputClass} font-mono font-normal`} spellCheck={false} />
        </label>
        <label className={label}>
          {t("admin.audit.filters.from")}
          <input type="date" name="from" defaultValue={query.from ?? ""} className={`${inputClass} font-normal`} />
        </label>
        <label className={label}>
          {t("admin.audit.filters.to")}
          <input type="date" name="to" defaultValue={query.to ?? ""} className={`${inputClass} font-normal`} />
        </label>
        <div className="flex gap-2 md:col-span-3 lg:col-span-5">
          <button type="submit" className={primaryLinkClass}>{t("admin.audit.filters.apply")}</button>
          <Link href="/admin/audit" className={secondaryButtonClass}>{t("admin.audit.filters.clear")}</Link>
        </div>
      </form>

      {log.rows.length === 0 ? (
        <EmptyState>{t("admin.audit.none")}</EmptyState>
      ) : (
        <TableCard caption={t("admin.audit.count", { count: log.total })}>
          <TableHead
            columns={[
              t("admin.audit.columns.time"),
              t("admin.audit.columns.user"),
              t("admin.audit.columns.role"),
              t("admin.audit.columns.entity"),
              t("admin.audit.columns.entityId"),
              t("admin.audit.columns.action"),
              t("admin.audit.columns.changes"),
            ]}
          />
          <tbody>
            {log.rows.map((row) => {
              const href = entityHref(row.entity, row.entityId, viewer.role === "ADMIN");
              return (
                <tr key={row.id} className={rowClass} data-testid="audit-row">
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(row.at, locale)}</td>
                  <td className={tdClass}>
                    {row.user ? (
                      <>
                        {row.user.fullName}
                        <span className="block text-xs text-slate-500">{row.user.username}</span>
                      </>
                    ) : (
                      t("admin.audit.system")
                    )}
                  </td>
                  <td className={tdClass}>{row.role ? t(`domain.role.${row.role}`) : ""}</td>
                  <td className={tdClass}>{entityName(t, row.entity)}</td>
                  <td className={`${tdClass} font-mono text-xs`}>
                    {href ? <Link href={href} className={linkClass}>{row.entityId}</Link> : row.entityId}
                  </td>
                  <td className={tdClass}>{actionName(t, row.action)}</td>
                  <td className={tdClass}>
                    <AuditChanges changes={row.changes} t={t} locale={locale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableCard>
      )}

      <Pagination
        page={log.page}
        pages={pages}
        total={log.total}
        basePath="/admin/audit"
        params={{ userId: query.userId, entity: query.entity, entityId: query.entityId, from: query.from, to: query.to }}
        t={t}
        locale={locale}
      />
    </div>
  );
}
