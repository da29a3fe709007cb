import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listPlans } from "@/lib/data/plans";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { ActionForm } from "@/components/action-form";
import { PlanStatusBadge } from "@/components/plans/badges";
import { EmptyState, linkClass, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import { createPlanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.list.title") };
}

export default async function PlansPage() {
  const viewer = await requirePagePermission("plans.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const plans = await listPlans(viewer);
  const canCreate = can(viewer, "plans.write") && !!viewer.schoolId;
  // The first year from next year on that has no plan yet.
  let nextYear = new Date().getUTCFullYear() + 1;
  while (plans.some((plan) => plan.year === nextYear)) nextYear += 1;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("plans.list.title")} intro={t("plans.list.intro")} />
      {plans.length === 0 ? (
        <EmptyState>{t("plans.list.empty")}</EmptyState>
      ) : (
        <TableCard caption={t("plans.list.title")}>
          <TableHead
            columns={[
              t("plans.list.columns.year"),
              t("plans.list.columns.title"),
              t("plans.list.columns.school"),
              { label: t("plans.list.columns.lines"), className: "text-right" },
              { label: t("plans.list.columns.classes"), className: "text-right" },
              { label: t("plans.list.columns.learners"), className: "text-right" },
              t("plans.list.columns.status"),
            ]}
          />
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id} className={`${rowClass} hover:bg-slate-50`}>
                <td className={`${tdClass} tabular-nums`}>{plan.year}</td>
                <td className={tdClass}>
                  <Link href={`/plans/${plan.id}`} className={linkClass}>{plan.title}</Link>
                </td>
                <td className={tdClass}>{plan.school.name}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(plan.lineCount, locale)}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(plan.plannedClasses, locale)}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(plan.plannedLearners, locale)}</td>
                <td className={tdClass}><PlanStatusBadge status={plan.status} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
      {canCreate ? (
        <Section id="new-plan" title={t("plans.list.newTitle")}>
          <ActionForm
            action={createPlanAction}
            submitLabel={t("plans.detail.createPlan")}
            pendingLabel={t("common.saving")}
            fields={[
              { kind: "number", name: "year", label: t("plans.fields.year"), defaultValue: String(nextYear), required: true },
              { kind: "text", name: "title", label: t("plans.fields.title"), required: true },
              { kind: "text", name: "decisionRef", label: t("plans.fields.decisionRef") },
              { kind: "text", name: "note", label: t("plans.fields.note") },
            ]}
          />
        </Section>
      ) : null}
    </div>
  );
}
