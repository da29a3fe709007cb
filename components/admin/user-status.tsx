import type { Translator } from "@/lib/i18n";
import { Badge } from "@/components/ui";

/** Active or deactivated, and whether the account is locked or must change its password. */
export function UserStatusBadges({ user, t }: { user: { active: boolean; locked: boolean; mustChangePassword: boolean }; t: Translator }) {
  return (
    <div className="flex flex-wrap gap-1">
      {user.active ? <Badge tone="green">{t("admin.users.status.active")}</Badge> : <Badge tone="slate">{t("admin.users.status.inactive")}</Badge>}
      {user.locked ? <Badge tone="red">{t("admin.users.status.locked")}</Badge> : null}
      {user.mustChangePassword ? <Badge tone="amber">{t("admin.users.status.mustChange")}</Badge> : null}
    </div>
  );
}
