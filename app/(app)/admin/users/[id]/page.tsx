import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getUser, listAssignableUnits } from "@/lib/data/users";
import { isMessageKey, type Translator } from "@/lib/i18n";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { grantableRoles } from "@/lib/validation/users";
import { UserStatusBadges } from "@/components/admin/user-status";
import { Badge, DefinitionList, linkClass, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass, thClass, theadClass } from "@/components/ui";
import { ActivationForm, AddRoleForm, EditUserForm, RemoveRoleForm, ResetPasswordForm, UnlockForm } from "./user-forms";

type Props = { params: Promise<{ id: string }> };

async function load(props: Props) {
  const viewer = await requirePagePermission("users.manage");
  const { id } = await props.params;
  return { viewer, user: await orNotFound(getUser(viewer, id)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { user } = await load(props);
  return { title: `${user.fullName} (${user.username})` };
}

/** LoginEvent reasons are written as "wrong-password-locked"; their messages are keyed in camelCase. */
function loginReason(t: Translator, reason: string | null): string {
  if (!reason) return "";
  const key = `admin.users.loginReason.${reason.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return isMessageKey(key) ? t(key) : reason;
}

export default async function UserPage(props: Props) {
  const { viewer, user } = await load(props);
  const [t, locale] = [await getTranslator(), await getLocale()];
  const units = user.manageable ? await listAssignableUnits(viewer) : [];
  const roleOptions = grantableRoles(viewer.role).map((role) => ({ value: role, label: t(`domain.role.${role}`) }));
  const unitOptions = units.map((unit) => ({ value: unit.id, label: `${unit.name} (${t(`domain.unitKind.${unit.kind}`)})` }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={user.fullName}
        intro={
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-slate-700">{user.username}</span>
            <UserStatusBadges user={user} t={t} />
          </div>
        }
        back={{ href: "/admin/users", label: t("admin.users.detail.back") }}
      />
      {user.isSelf ? <Notice>{t("admin.users.detail.self")}</Notice> : null}
      {!user.manageable ? <Notice tone="warning">{t("admin.users.detail.readOnly")}</Notice> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="account" title={t("admin.users.detail.account")}>
          <DefinitionList
            items={[
              { label: t("admin.users.fields.username"), value: <span className="font-mono">{user.username}</span> },
              { label: t("admin.users.columns.email"), value: user.email ?? "—" },
              { label: t("admin.users.detail.createdAt"), value: formatDateTime(user.createdAt, locale) },
              { label: t("admin.users.detail.lastLogin"), value: user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("admin.users.neverSignedIn") },
            ]}
          />
          <p className="mt-4 text-sm">
            <Link href={`/admin/audit?entity=User&entityId=${user.id}`} className={linkClass}>
              {t("admin.users.detail.auditLink")}
            </Link>
          </p>
        </Section>

        {user.manageable ? (
          <Section id="edit" title={t("admin.users.edit.title")}>
            <EditUserForm locale={locale} user={{ id: user.id, fullName: user.fullName, email: user.email }} />
          </Section>
        ) : null}
      </div>

      <Section id="roles" title={t("admin.users.roles.title")}>
        {user.roles.length === 0 ? (
          <p className="text-slate-600">{t("admin.users.roles.none")}</p>
        ) : (
          <TableCard caption={t("admin.users.roles.title")}>
            <thead className={theadClass}>
              <tr>
                <th scope="col" className={thClass}>{t("common.role")}</th>
                <th scope="col" className={thClass}>{t("common.unit")}</th>
                <th scope="col" className={thClass}>{t("admin.users.roles.since")}</th>
                {user.manageable ? <th scope="col" className={thClass}><span className="sr-only">{t("common.actions")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {user.roles.map((assignment) => (
                <tr key={assignment.id} className={rowClass}>
                  <td className={tdClass}>
                    {t(`domain.role.${assignment.role}`)}{" "}
                    {assignment.id === viewer.assignmentId ? <Badge tone="slate">{t("admin.users.roles.acting")}</Badge> : null}
                  </td>
                  <td className={tdClass}>
                    {viewer.role === "ADMIN" ? (
                      <Link href={`/admin/units/${assignment.unit.id}`} className={linkClass}>{assignment.unit.name}</Link>
                    ) : (
                      assignment.unit.name
                    )}{" "}
                    {assignment.unit.status !== "ACTIVE" ? <Badge tone="amber">{t("admin.users.roles.unitClosed")}</Badge> : null}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(assignment.validFrom, locale)}</td>
                  {user.manageable ? (
                    <td className={tdClass}>
                      {assignment.removable ? (
                        <RemoveRoleForm
                          locale={locale}
                          userId={user.id}
                          assignmentId={assignment.id}
                          label={t("admin.users.roles.removeLabel", { role: t(`domain.role.${assignment.role}`), unit: assignment.unit.name })}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
        {user.manageable ? (
          <div className="mt-6 border-t border-slate-100 pt-4">
            <AddRoleForm locale={locale} userId={user.id} roles={roleOptions} units={unitOptions} />
          </div>
        ) : null}
      </Section>

      {user.manageable ? (
        <div className="grid gap-6 lg:grid-cols-2">
          {user.isSelf ? null : (
            <Section id="password" title={t("admin.users.password.title")} intro={t("admin.users.password.intro")}>
              <ResetPasswordForm locale={locale} userId={user.id} />
            </Section>
          )}
          <div className="flex flex-col gap-6">
            <Section id="lock" title={t("admin.users.lock.title")}>
              {user.locked && user.lockedUntil ? (
                <div className="flex flex-col gap-3">
                  <p className="text-red-800">{t("admin.users.lock.lockedUntil", { time: formatDateTime(user.lockedUntil, locale) })}</p>
                  <UnlockForm locale={locale} userId={user.id} />
                </div>
              ) : (
                <div className="flex flex-col gap-3">
                  <p className="text-slate-700">{t("admin.users.lock.notLocked")}</p>
                  {user.failedLoginCount > 0 ? (
                    <>
                      <p className="text-sm text-slate-600">{t("admin.users.lock.failures", { count: formatNumber(user.failedLoginCount, locale) })}</p>
                      <UnlockForm locale={locale} userId={user.id} />
                    </>
                  ) : null}
                </div>
              )}
            </Section>
            {user.isSelf ? null : (
              <Section id="activation" title={t("admin.users.activation.title")}>
                <div className="flex flex-col gap-3">
                  <p className="text-slate-700">{t(user.active ? "admin.users.activation.activeText" : "admin.users.activation.inactiveText")}</p>
                  <ActivationForm locale={locale} userId={user.id} active={user.active} />
                </div>
              </Section>
            )}
          </div>
        </div>
      ) : null}

      <Section id="logins" title={t("admin.users.logins.title")}>
        {user.loginEvents.length === 0 ? (
          <p className="text-slate-600">{t("admin.users.logins.none")}</p>
        ) : (
          <TableCard caption={t("admin.users.logins.title")}>
            <TableHead
              columns={[
                t("admin.users.logins.time"),
                t("admin.users.logins.result"),
                t("admin.users.logins.reason"),
                t("admin.users.logins.ip"),
                t("admin.users.logins.browser"),
              ]}
            />
            <tbody>
              {user.loginEvents.map((event) => (
                <tr key={event.id} className={rowClass}>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(event.at, locale)}</td>
                  <td className={tdClass}>
                    {event.success ? <Badge tone="green">{t("admin.users.logins.success")}</Badge> : <Badge tone="red">{t("admin.users.logins.failure")}</Badge>}
                  </td>
                  <td className={tdClass}>{loginReason(t, event.reason)}</td>
                  <td className={`${tdClass} font-mono text-xs`}>{event.ip ?? ""}</td>
                  <td className={`${tdClass} max-w-xs truncate text-xs text-slate-600`} title={event.userAgent ?? undefined}>{event.userAgent ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
      </Section>
    </div>
  );
}
