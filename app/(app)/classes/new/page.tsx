import type { Metadata } from "next";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/session";
import { getClassFormOptions } from "@/lib/data/class-planning";
import { getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { plainParams, type SearchParams } from "@/components/training/format";
import { ClassPlanningFields } from "@/components/plans/class-fields";
import { ActionForm } from "@/components/action-form";
import { Card, Notice, PageHeader } from "@/components/ui";
import { createClassAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.classes.newTitle") };
}

const ParamsSchema = z.object({ planLineId: z.string().max(64).optional().catch(undefined) });

export default async function NewClassPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("classes.write");
  const t = await getTranslator();
  const { planLineId } = ParamsSchema.parse(plainParams(await searchParams));
  const options = await orNotFound(getClassFormOptions(viewer, planLineId));
  const line = options.line;
  const initial: Record<string, string> = line
    ? {
        planLineId: line.id,
        programId: line.programId,
        hostUnitId: line.hostUnitId ?? "",
        mode: line.mode ?? "",
        fundingSource: line.fundingSource ?? "",
        plannedSize: line.plannedClasses > 0 ? String(Math.max(1, Math.round(line.plannedLearners / line.plannedClasses))) : "",
      }
    : {};

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader title={t("plans.classes.newTitle")} back={{ href: line ? `/plans/${line.plan.id}` : "/classes", label: line ? line.plan.title : t("plans.classes.back") }} intro={t("plans.classes.newIntro")} />
      {line ? <Notice>{t("plans.classes.fromLine", { plan: line.plan.title, program: line.program.name, host: line.host?.name ?? "" })}</Notice> : null}
      <Card>
        <ActionForm
          action={createClassAction}
          submitLabel={t("plans.classes.create")}
          pendingLabel={t("common.saving")}
          fields={ClassPlanningFields({ t, programs: options.programs, hosts: options.hosts, initial })}
        />
      </Card>
    </div>
  );
}
