import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { listInspectableUnits } from "@/lib/data/inspections";
import { getTranslator } from "@/lib/i18n/server";
import { todayInVietnam } from "@/lib/validation/fields";
import { ActionForm } from "@/components/action-form";
import { Card, PageHeader } from "@/components/ui";
import { createInspectionPlanAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.plans.newTitle") };
}

export default async function NewInspectionPlanPage() {
  const viewer = await requirePagePermission("inspections.write");
  const t = await getTranslator();
  const units = await listInspectableUnits(viewer);
  const f = (name: "code" | "title" | "year" | "issuedAt" | "startDate" | "endDate" | "content" | "targetUnitIds") => t(`inspections.plans.fields.${name}`);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader title={t("inspections.plans.newTitle")} back={{ href: "/inspections", label: t("inspections.plans.back") }} />
      <Card>
        <ActionForm
          action={createInspectionPlanAction}
          columns={2}
          density="compact"
          fields={[
            { kind: "text", name: "code", label: f("code"), required: true, hint: t("inspections.plans.hints.code") },
            { kind: "number", name: "year", label: f("year"), required: true, defaultValue: todayInVietnam().slice(0, 4) },
            { kind: "text", name: "title", label: f("title"), required: true, wide: true },
            { kind: "date", name: "startDate", label: f("startDate"), required: true },
            { kind: "date", name: "endDate", label: f("endDate"), required: true },
            { kind: "date", name: "issuedAt", label: f("issuedAt"), hint: t("inspections.plans.hints.issuedAt") },
            { kind: "textarea", name: "content", label: f("content"), rows: 4, wide: true },
            { kind: "checkboxes", name: "targetUnitIds", label: f("targetUnitIds"), options: units.map((u) => ({ value: u.id, label: u.name })), wide: true },
          ]}
          submitLabel={t("inspections.plans.submitCreate")}
          pendingLabel={t("common.saving")}
          cancel={{ href: "/inspections", label: t("inspections.plans.cancel") }}
        />
      </Card>
    </div>
  );
}
