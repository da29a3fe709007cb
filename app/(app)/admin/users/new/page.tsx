import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { listAssignableUnits } from "@/lib/data/users";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { grantableRoles } from "@/lib/validation/users";
import { Card, PageHeader } from "@/components/ui";
import { CreateUserForm } from "./create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("admin.users.create.title") };
}

export default async function NewUserPage() {
  const viewer = await requirePagePermission("users.manage");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const units = await listAssignableUnits(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("admin.users.create.title")} intro={t("admin.users.create.intro")} back={{ href: "/admin/users", label: t("admin.users.detail.back") }} />
      <Card>
        <CreateUserForm
          locale={locale}
          roles={grantableRoles(viewer.role).map((role) => ({ value: role, label: t(`domain.role.${role}`) }))}
          units={units.map((unit) => ({ value: unit.id, label: `${unit.name} (${t(`domain.unitKind.${unit.kind}`)})` }))}
        />
      </Card>
    </div>
  );
}
