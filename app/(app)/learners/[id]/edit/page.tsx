import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/session";
import { getLearner } from "@/lib/data/learners";
import { getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { Card, PageHeader } from "@/components/ui";
import { LearnerForm } from "../../learner-form";
import { learnerFormProps } from "../../form-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("training.learners.editTitle") };
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function EditLearnerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePagePermission("learners.write");
  const { id } = await params;
  const learner = await orNotFound(getLearner(viewer, id));
  // Readable but not changeable (e.g. another center's learner enrolled in this center's class).
  if (!learner.canEdit) notFound();
  const t = await getTranslator();
  const initial: Record<string, string> = {
    fullName: learner.fullName,
    citizenId: learner.citizenId,
    birthDate: isoDay(learner.birthDate),
    gender: learner.gender,
    ethnicity: learner.ethnicity,
    partyMembership: learner.partyMembership,
    partyJoinDate: isoDay(learner.partyJoinDate),
    education: learner.education ?? "",
    theoryLevel: learner.theoryLevel,
    position: learner.position ?? "",
    workplace: learner.workplace ?? "",
    phone: learner.phone ?? "",
    email: learner.email ?? "",
  };
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title={t("training.learners.editTitle")}
        intro={learner.fullName}
        back={{ href: `/learners/${learner.id}`, label: learner.fullName }}
      />
      <Card>
        <LearnerForm id={learner.id} initial={initial} cancelHref={`/learners/${learner.id}`} {...learnerFormProps(t, "update")} />
      </Card>
    </div>
  );
}
