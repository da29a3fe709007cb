import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { Card, PageHeader } from "@/components/ui";
import { LearnerForm } from "../learner-form";
import { learnerFormProps } from "../form-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("training.learners.newTitle") };
}

export default async function NewLearnerPage() {
  const viewer = await requirePagePermission("learners.write");
  // Centers register at their own center, the school's staff at the school (lib/data/learners.ts).
  const unitName = viewer.role === "CENTER_STAFF" || viewer.schoolId === viewer.unitId ? viewer.unitName : null;
  if (viewer.role !== "CENTER_STAFF" && !viewer.schoolId) notFound();
  const t = await getTranslator();
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title={t("training.learners.newTitle")}
        back={{ href: "/learners", label: t("training.learners.back") }}
        intro={unitName ? t("training.learners.registeredAt", { unit: unitName }) : undefined}
      />
      <Card>
        <LearnerForm initial={{ ethnicity: "Kinh", partyMembership: "NONE", theoryLevel: "NONE" }} cancelHref="/learners" {...learnerFormProps(t, "create")} />
      </Card>
    </div>
  );
}
