import type { Metadata } from "next";
import { cache } from "react";
import { requirePagePermission } from "@/lib/auth/session";
import { getClassEnrolments } from "@/lib/data/enrolments";
import type { EligibilityRules } from "@/lib/domain/eligibility";
import type { MessageKey, Translator } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { CandidateFilterSchema } from "@/lib/validation/enrolments";
import { ClassStatusBadge } from "@/components/training/badges";
import { plainParams, type SearchParams } from "@/components/training/format";
import { Badge, Card, DefinitionList, inputClass, Notice, PageHeader, rowClass, secondaryButtonClass, Section, TableCard, tdClass, thClass, theadClass } from "@/components/ui";
import { EnrolForm } from "@/components/enrolment/enrol-form";
import { WithdrawForm } from "@/components/enrolment/withdraw-form";
import { failureTexts } from "./report";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const load = cache(async (id: string, q: string | undefined) => {
  const viewer = await requirePagePermission("enrolments.write");
  return orNotFound(getClassEnrolments(viewer, id, { q }));
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("enrolment.enrol.title") };
}

const STATUS_TONES = { ENROLLED: "green", WITHDRAWN: "slate", COMPLETED: "sky", DISMISSED: "red" } as const;

function conditionsText(rules: EligibilityRules, t: Translator): string[] {
  const lines: string[] = [];
  if (rules.requirePartyMember) lines.push(t("enrolment.eligibility.partyMemberRule"));
  if (rules.minEducation) lines.push(t("enrolment.eligibility.minEducationRule", { level: t(`training.enums.education.${rules.minEducation}` as MessageKey) }));
  if (rules.concentratedAgeLimit) {
    lines.push(t("enrolment.eligibility.concentratedAgeRule", { male: rules.concentratedAgeLimit.male ?? "—", female: rules.concentratedAgeLimit.female ?? "—" }));
  }
  if (rules.maxAge) lines.push(t("enrolment.eligibility.maxAgeRule", { limit: rules.maxAge }));
  return lines.length > 0 ? lines : [t("enrolment.eligibility.none")];
}

export default async function EnrolmentsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const filter = CandidateFilterSchema.parse(plainParams(await searchParams));
  const view = await load(id, filter.q);
  const [t, locale] = [await getTranslator(), await getLocale()];
  const c = view.trainingClass;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("enrolment.enrol.title")}
        intro={t("enrolment.enrol.classLine", { name: c.name, code: c.code, host: c.host.name })}
        back={{ href: `/classes/${c.id}`, label: t("enrolment.enrol.back", { code: c.code }) }}
      />
      <Card>
        <DefinitionList
          columns={3}
          items={[
            { label: t("enrolment.enrol.status"), value: <ClassStatusBadge status={c.status} t={t} /> },
            { label: t("enrolment.enrol.size"), value: t("enrolment.enrol.sizeValue", { active: formatNumber(view.activeCount, locale), planned: formatNumber(c.plannedSize, locale) }) },
            { label: t("enrolment.enrol.ruleVersion"), value: c.ruleVersionName },
            { label: t("enrolment.eligibility.conditions"), value: conditionsText(view.rules, t).join("; ") },
          ]}
        />
      </Card>

      {view.canEnrol ? (
        <Section title={t("enrolment.enrol.searchTitle")} intro={t("enrolment.enrol.searchIntro")} id="enrol">
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
            <div className="flex min-w-64 flex-1 flex-col gap-1">
              <label htmlFor="enrol-q" className="text-sm font-medium text-slate-700">{t("enrolment.enrol.search")}</label>
              <input id="enrol-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className={inputClass} />
            </div>
            <button type="submit" className={secondaryButtonClass}>{t("enrolment.enrol.searchSubmit")}</button>
          </form>
          {!filter.q ? (
            <p className="text-slate-600">{t("enrolment.enrol.startSearch")}</p>
          ) : (
            <EnrolForm
              classId={c.id}
              candidates={view.candidates.map((cand) => ({
                id: cand.id,
                fullName: cand.fullName,
                citizenId: cand.citizenId,
                birthDate: formatDate(cand.birthDate, locale),
                homeUnit: cand.homeUnit,
                failures: failureTexts(cand.failures, t),
              }))}
              labels={{
                noCandidates: t("enrolment.enrol.noCandidates"),
                choose: t("enrolment.enrol.choose"),
                name: t("enrolment.enrol.columns.name"),
                citizenId: t("enrolment.enrol.columns.citizenId"),
                birthDate: t("enrolment.enrol.columns.birthDate"),
                unit: t("enrolment.enrol.columns.unit"),
                conditions: t("enrolment.eligibility.conditions"),
                eligible: t("enrolment.enrol.eligible"),
                overrideReason: t("enrolment.enrol.overrideReason"),
                overrideHint: t("enrolment.enrol.overrideHint"),
                confirmOverCapacity: t("enrolment.enrol.confirmOverCapacity"),
                submit: t("enrolment.enrol.submit"),
                submitting: t("enrolment.enrol.submitting"),
                duplicates: t("enrolment.enrol.duplicates"),
                ineligible: t("enrolment.enrol.ineligible"),
              }}
            />
          )}
        </Section>
      ) : (
        <Notice tone="warning">{t("enrolment.enrol.closedNotice")}</Notice>
      )}

      <Section title={t("enrolment.enrol.listTitle")} id="enrolled">
        {view.enrolments.length === 0 ? (
          <p className="text-slate-600">{t("enrolment.enrol.noEnrolments")}</p>
        ) : (
          <TableCard>
            <thead className={theadClass}>
              <tr>
                <th scope="col" className={thClass}>{t("training.common.index")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.name")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.birthDate")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.citizenId")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.unit")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.status")}</th>
                <th scope="col" className={thClass}>{t("enrolment.enrol.columns.note")}</th>
                {view.canEnrol ? <th scope="col" className={thClass}>{t("enrolment.enrol.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {view.enrolments.map((e, index) => (
                <tr key={e.id} className={rowClass}>
                  <td className={`${tdClass} text-slate-500`}>{formatNumber(index + 1, locale)}</td>
                  <th scope="row" className={`${tdClass} text-left font-medium`}>{e.learner.fullName}</th>
                  <td className={`${tdClass} tabular-nums`}>{formatDate(e.learner.birthDate, locale)}</td>
                  <td className={`${tdClass} tabular-nums`}>{e.learner.citizenId}</td>
                  <td className={tdClass}>{e.learner.homeUnit.name}</td>
                  <td className={tdClass}>
                    <Badge tone={STATUS_TONES[e.status]}>{t(`training.enums.enrolmentStatus.${e.status}`)}</Badge>
                  </td>
                  <td className={tdClass}>
                    {[e.overrideReason ? t("enrolment.enrol.override", { reason: e.overrideReason }) : null, e.note].filter(Boolean).join(" · ")}
                  </td>
                  {view.canEnrol ? (
                    <td className={tdClass}>
                      {e.status === "ENROLLED" ? (
                        <details>
                          <summary className="cursor-pointer text-brand-700 hover:underline">{t("enrolment.withdraw.action")}</summary>
                          <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">
                            <WithdrawForm
                              enrolmentId={e.id}
                              labels={{
                                title: t("enrolment.withdraw.title", { name: e.learner.fullName }),
                                note: t("enrolment.withdraw.note"),
                                submit: t("enrolment.withdraw.submit"),
                                submitting: t("enrolment.withdraw.submitting"),
                              }}
                            />
                          </div>
                        </details>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
      </Section>
    </div>
  );
}
