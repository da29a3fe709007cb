import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { getInspectionVisit, listInspectableUnits } from "@/lib/data/inspections";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { todayInVietnam } from "@/lib/validation/fields";
import { FOLLOW_UP_STATUSES } from "@/lib/validation/inspections";
import { firstParam, type SearchParams } from "@/components/training/format";
import { ActionForm } from "@/components/action-form";
import { OverdueBadge, RecommendationStatusBadge } from "@/components/inspections/badges";
import { DefinitionList, EmptyState, Notice, PageHeader, Section } from "@/components/ui";
import { addFollowUpAction, addRecommendationAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.plans.visits") };
}

const SAVED = { visit: "saved", recommendation: "recommendationAdded", followUp: "followUpSaved" } as const;

export default async function InspectionVisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requirePagePermission("inspections.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { id } = await params;
  const visit = await orNotFound(getInspectionVisit(viewer, id));
  const saved = SAVED[firstParam((await searchParams).saved) as keyof typeof SAVED];
  const canRecommend = visit.canWrite && visit.plan.status !== "COMPLETED";
  const units = canRecommend ? await listInspectableUnits(viewer) : [];
  const today = todayInVietnam();
  const field = (name: "visitDate" | "reviewed" | "findings" | "strengths" | "shortcomings" | "conclusion") => t(`inspections.visits.fields.${name}`);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("inspections.visits.title", { unit: visit.unit.name })} intro={visit.plan.title} back={{ href: `/inspections/${visit.plan.id}`, label: t("inspections.visits.back", { code: visit.plan.code }) }} />
      {saved ? <Notice tone="success">{t(`inspections.visits.${saved}`)}</Notice> : null}

      <Section id="visit-details" title={field("findings")}>
        <DefinitionList
          items={[
            { label: field("visitDate"), value: formatDate(visit.visitDate, locale) },
            { label: field("reviewed"), value: visit.reviewed ?? "—" },
            { label: field("findings"), value: visit.findings ?? "—" },
            { label: field("strengths"), value: visit.strengths ?? "—" },
            { label: field("shortcomings"), value: visit.shortcomings ?? "—" },
            { label: field("conclusion"), value: visit.conclusion ?? "—" },
          ]}
        />
      </Section>

      <Section id="visit-recommendations" title={t("inspections.visits.recommendations")}>
        {visit.recommendations.length === 0 ? <EmptyState>{t("inspections.visits.recommendationsEmpty")}</EmptyState> : null}
        <ol className="flex flex-col gap-4">
          {visit.recommendations.map((rec, index) => (
            <li key={rec.id} aria-label={rec.content} className={`rounded-md border p-4 ${rec.overdue ? "border-red-300 bg-red-50/40" : "border-slate-200"}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="font-medium text-slate-900">
                  {index + 1}. {rec.content}
                </p>
                <div className="flex gap-2">
                  {rec.overdue ? <OverdueBadge t={t} /> : null}
                  <RecommendationStatusBadge status={rec.status} t={t} />
                </div>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {t("inspections.visits.rec.responsibleUnitId")}: {rec.responsible.name}
                {rec.dueDate ? ` · ${t("inspections.visits.due", { date: formatDate(rec.dueDate, locale) })}` : ""}
              </p>
              {rec.followUps.length > 0 ? (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold text-slate-700">{t("inspections.visits.followUps")}</h3>
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {rec.followUps.map((f) => (
                      <li key={f.id}>
                        <span className="tabular-nums">{formatDate(f.date, locale)}</span> — {f.note} ({t(`inspections.enums.recommendationStatus.${f.statusAfter}`)}
                        {f.byUser ? `, ${f.byUser.fullName}` : ""})
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {rec.canReport ? (
                <div className="mt-3 border-t border-slate-200 pt-3">
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{t(rec.canClose ? "inspections.visits.decide" : "inspections.visits.report")}</h3>
                  <ActionForm
                    action={addFollowUpAction}
                    ariaLabel={t(rec.canClose ? "inspections.visits.decide" : "inspections.visits.report")}
                    idPrefix={`followup-${rec.id}`}
                    columns={2}
                    density="compact"
                    fields={[
                      { kind: "hidden", name: "recommendationId", value: rec.id },
                      ...(rec.canClose ? [] : [{ kind: "hidden" as const, name: "statusAfter", value: "IN_PROGRESS" }]),
                      { kind: "date", name: "date", label: t("inspections.visits.followUp.date"), required: true, defaultValue: today },
                      ...(rec.canClose
                        ? [
                            {
                              kind: "select" as const,
                              name: "statusAfter",
                              label: t("inspections.visits.followUp.statusAfter"),
                              required: true,
                              defaultValue: "IN_PROGRESS",
                              options: FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`inspections.enums.recommendationStatus.${s}`) })),
                            },
                          ]
                        : []),
                      { kind: "textarea" as const, name: "note", label: t("inspections.visits.followUp.note"), required: true, wide: true },
                    ]}
                    submitLabel={t(rec.canClose ? "inspections.visits.decideSubmit" : "inspections.visits.reportSubmit")}
                    pendingLabel={t("common.saving")}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {canRecommend ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-3 font-semibold text-slate-900">{t("inspections.visits.addRecommendation")}</h3>
            <ActionForm
              action={addRecommendationAction}
              ariaLabel={t("inspections.visits.addRecommendation")}
              idPrefix="recommendation"
              columns={2}
              density="compact"
              fields={[
                { kind: "hidden", name: "visitId", value: visit.id },
                { kind: "textarea", name: "content", label: t("inspections.visits.rec.content"), required: true, wide: true },
                { kind: "select", name: "responsibleUnitId", label: t("inspections.visits.rec.responsibleUnitId"), required: true, defaultValue: visit.unit.id, options: units.map((u) => ({ value: u.id, label: u.name })) },
                { kind: "date", name: "dueDate", label: t("inspections.visits.rec.dueDate") },
              ]}
              submitLabel={t("inspections.visits.rec.submit")}
              pendingLabel={t("common.saving")}
            />
          </div>
        ) : null}
      </Section>
    </div>
  );
}
