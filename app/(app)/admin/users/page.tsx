import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listAssignableUnits, listUsers } from "@/lib/data/users";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { parseUserListQuery, ROLES, USER_STATUSES } from "@/lib/validation/users";
import { Pagination } from "@/components/pagination";
import { UserStatusBadges } from "@/components/admin/user-status";
import { ButtonLink, EmptyState, inputClass, linkClass, PageHeader, primaryLinkClass, rowClass, secondaryButtonClass, TableCard, TableHead, tdClass } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("admin.users.title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("users.manage");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const query = parseUserListQuery(await searchParams);
  const [list, units] = await Promise.all([listUsers(viewer, query), listAssignableUnits(viewer)]);
  const label = "flex flex-col gap-1 text-sm font-medium text-slate-700";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("admin.users.title")}
        intro={t("admin.users.intro")}
        actions={<ButtonLink href="/admin/users/new">{t("admin.users.new")}</ButtonLink>}
      />

      <form method="get" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
        <label className={label}>
          {t("admin.users.search")}
          <input type="search" name="q" defaultValue={query.q ?? ""} className={`${inputClass} font-normal`} aria-describedby="users-search-hint" />
          <span id="users-search-hint" className="text-xs font-normal text-slate-500">{t("admin.users.searchHint")}</span>
        </label>
        <label className={label}>
          {t("common.role")}
          <select name="role" defaultValue={query.role ?? ""} className={`${inputClass} font-normal`}>
            <option value="">{t("admin.users.any")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>{t(`domain.role.${role}`)}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("common.unit")}
          <select name="unitId" defaultValue={query.unitId ?? ""} className={`${inputClass} font-normal`}>
            <option value="">{t("admin.users.any")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>{unit.name}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("admin.users.filterStatus")}
          <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} font-normal`}>
            <option value="">{t("admin.users.any")}</option>
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>{t(`admin.users.status.${status}`)}</option>
            ))}
          </select>
        </label>
        <div className="flex gap-2 md:col-span-2 lg:col-span-4">
          <button type="submit" className={primaryLinkClass}>{t("common.filter")}</button>
          <Link href="/admin/users" className={secondaryButtonClass}>{t("common.reset")}</Link>
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState>{t("admin.users.noResults")}</EmptyState>
      ) : (
        <TableCard caption={t("admin.users.count", { count: list.total })}>
          <TableHead
            columns={[
              t("admin.users.columns.username"),
              t("admin.users.columns.fullName"),
              t("admin.users.columns.email"),
              t("admin.users.columns.roles"),
              t("admin.users.columns.status"),
              t("admin.users.columns.lastLogin"),
            ]}
          />
          <tbody>
            {list.rows.map((user) => (
              <tr key={user.id} className={rowClass}>
                <td className={tdClass}>
                  <Link href={`/admin/users/${user.id}`} className={linkClass}>{user.username}</Link>
                </td>
                <td className={tdClass}>{user.fullName}</td>
                <td className={`${tdClass} text-slate-600`}>{user.email ?? ""}</td>
                <td className={tdClass}>
                  <ul className="flex flex-col gap-0.5">
                    {user.roles.map((assignment) => (
                      <li key={assignment.id}>
                        {t(`domain.role.${assignment.role}`)} · <span className="text-slate-600">{assignment.unit.name}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={tdClass}><UserStatusBadges user={user} t={t} /></td>
                <td className={`${tdClass} whitespace-nowrap text-slate-600`}>
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("admin.users.neverSignedIn")}
                </td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}

      <Pagination
        page={list.page}
        pages={list.pages}
        total={list.total}
        basePath="/admin/users"
        params={{ q: query.q, role: query.role, unitId: query.unitId, status: query.status }}
        t={t}
        locale={locale}
      />
    </div>
  );
}
