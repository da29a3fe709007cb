import type { Metadata } from "next";
import { cache } from "react";
import { requirePagePermission } from "@/lib/auth/session";
import { getGradeSheet } from "@/lib/data/grades";
import { classify } from "@/lib/domain/results";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ClassificationBadge, SheetStatusBadge } from "@/components/training/badges";
import { firstParam, formatScore, type SearchParams } from "@/components/training/format";
import { Card, DefinitionList, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass, thClass, theadClass } from "@/components/ui";
import { CorrectionForm } from "./correction-form";
import { FinalizeForm } from "./finalize-form";
import { GradeSheetForm } from "./grade-sheet-form";

type Props = { params: Promise<{ id: string; subjectId: string }>; searchParams: Promise<SearchParams> };

// Read once per request, for the metadata and the page.
const loadSheet = cache(async (id: string, subjectId: string) => {
  const viewer = await requirePagePermission("grades.read");
  return orNotFound(getGradeSheet(viewer, id, subjectId));
});

async function load(params: Props["params"]) {
  const { id, subjectId } = await params;
  return loadSheet(id, subjectId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sheet = await load(params);
  return { title: (await getTranslator())("training.grades.title", { subject: sheet.subject.name }) };
}

export default async function GradeSheetPage({ params, searchParams }: Props) {
  const view = await load(params);
  const query = await searchParams;
  const done = firstParam(query.done);
  const results = Number(firstParam(query.results));
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { trainingClass, subject, sheet } = view;
  const finalized = sheet?.status === "FINALIZED";
  const scoreHint = t("training.grades.scoreHint");

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("training.grades.title", { subject: subject.name })}
        intro={t("training.grades.classLine", { name: trainingClass.name, code: trainingClass.code, host: trainingClass.hostName })}
        back={{ href: `/classes/${trainingClass.id}`, label: t("training.grades.back", { code: trainingClass.code }) }}
      />
      <Card>
        <DefinitionList
          columns={3}
          items={[
            { label: t("training.grades.status"), value: <SheetStatusBadge status={sheet?.status ?? null} t={t} /> },
            { label: t("training.classes.subjectColumns.weight"), value: formatNumber(subject.weight, locale) },
            { label: t("training.classes.fields.ruleVersion"), value: view.ruleVersionName },
          ]}
        />
      </Card>
      {done === "finalized" && finalized ? (
        <Notice tone="success">
          {Number.isInteger(results) && results >= 0 ? t("training.grades.finalizedWithResults", { count: formatNumber(results, locale) }) : t("training.grades.finalized")}
        </Notice>
      ) : null}
      {done === "corrected" ? <Notice tone="success">{t("training.grades.corrected")}</Notice> : null}
      {finalized && sheet?.finalizedAt ? <Notice tone="warning">{t("training.grades.lockedNotice", { at: formatDateTime(sheet.finalizedAt, locale) })}</Notice> : null}
      {!finalized && !view.can.enter && view.rows.length > 0 ? <Notice>{t("training.grades.readOnly")}</Notice> : null}

      {view.rows.length === 0 ? (
        <p className="text-slate-600">{t("training.grades.noLearners")}</p>
      ) : view.can.enter ? (
        <GradeSheetForm
          classId={trainingClass.id}
          subjectId={subject.id}
          version={sheet?.updatedAt.toISOString() ?? "new"}
          rows={view.rows.map((row) => ({
            enrolmentId: row.enrolmentId,
            name: row.learner.fullName,
            birthDate: formatDate(row.learner.birthDate, locale),
            score: formatScore(row.score, locale),
            absent: row.absent,
            note: row.note ?? "",
          }))}
          labels={{
            index: t("training.common.index"),
            name: t("training.grades.columns.name"),
            birthDate: t("training.grades.columns.birthDate"),
            score: t("training.grades.columns.score"),
            absent: t("training.grades.columns.absent"),
            note: t("training.grades.columns.note"),
            scoreFor: t("training.grades.scoreFor"),
            absentFor: t("training.grades.absentFor"),
            noteFor: t("training.grades.noteFor"),
            scoreHint,
            save: t("training.grades.save"),
            saving: t("common.saving"),
          }}
        />
      ) : (
        <TableCard>
          <thead className={theadClass}>
            <tr>
              <th scope="col" className={thClass}>{t("training.common.index")}</th>
              <th scope="col" className={thClass}>{t("training.grades.columns.name")}</th>
              <th scope="col" className={thClass}>{t("training.grades.columns.birthDate")}</th>
              <th scope="col" className={`${thClass} text-right`}>{t("training.grades.columns.score")}</th>
              <th scope="col" className={thClass}>{t("training.grades.columns.classification")}</th>
              <th scope="col" className={thClass}>{t("training.grades.columns.note")}</th>
              {view.can.correct ? <th scope="col" className={thClass}>{t("training.grades.columns.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, index) => (
              <tr key={row.enrolmentId} className={rowClass}>
                <td className={`${tdClass} text-slate-500`}>{formatNumber(index + 1, locale)}</td>
                <th scope="row" className={`${tdClass} text-left font-medium`}>{row.learner.fullName}</th>
                <td className={`${tdClass} tabular-nums`}>{formatDate(row.learner.birthDate, locale)}</td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {row.absent ? t("training.grades.absentShort") : row.score !== null ? formatScore(row.score, locale) : t("training.grades.noScore")}
                </td>
                <td className={tdClass}>
                  {row.absent ? (
                    <ClassificationBadge classification="KHONG_DAT" t={t} />
                  ) : row.score !== null ? (
                    <ClassificationBadge classification={classify(row.score, view.rules)} t={t} />
                  ) : null}
                </td>
                <td className={tdClass}>{row.note}</td>
                {view.can.correct ? (
                  <td className={tdClass}>
                    {row.gradeId ? (
                      <details>
                        <summary className="cursor-pointer text-brand-700 hover:underline">{t("training.grades.correct")}</summary>
                        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">
                          <CorrectionForm
                            gradeId={row.gradeId}
                            labels={{
                              title: t("training.grades.correctFor", { name: row.learner.fullName }),
                              current: t("training.grades.currentScore", {
                                score: row.absent ? t("training.grades.absentShort") : row.score !== null ? formatScore(row.score, locale) : t("training.grades.noScore"),
                              }),
                              newScore: t("training.grades.newScore"),
                              absent: t("training.grades.newAbsent"),
                              reason: t("training.grades.reason"),
                              decisionRef: t("training.grades.decisionRef"),
                              submit: t("training.grades.correctSubmit"),
                              saving: t("common.saving"),
                              scoreHint,
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

      {view.can.finalize ? (
        <FinalizeForm
          classId={trainingClass.id}
          subjectId={subject.id}
          labels={{
            title: t("training.grades.finalizeTitle"),
            hint: t("training.grades.finalizeHint"),
            submit: t("training.grades.finalize"),
            pending: t("training.grades.finalizing"),
          }}
        />
      ) : null}

      {sheet && sheet.lockEvents.length > 0 ? (
        <Section title={t("training.grades.lockHistory")} id="lock-history">
          <ul className="flex flex-col gap-1 text-sm">
            {sheet.lockEvents.map((event) => (
              <li key={event.id}>
                {t("training.grades.lockEvent", {
                  action: t(`training.enums.lockAction.${event.action}`),
                  name: event.byUser.fullName,
                  at: formatDateTime(event.at, locale),
                })}
                {event.reason ? ` — ${event.reason}` : ""}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {finalized ? (
        <Section title={t("training.grades.corrections")} id="corrections">
          {view.corrections.length === 0 ? (
            <p className="text-slate-600">{t("training.grades.noCorrections")}</p>
          ) : (
            <TableCard>
              <TableHead
                columns={[
                  t("training.grades.correctionColumns.at"),
                  t("training.grades.correctionColumns.learner"),
                  { label: t("training.grades.correctionColumns.old"), className: "text-right" },
                  { label: t("training.grades.correctionColumns.new"), className: "text-right" },
                  t("training.grades.correctionColumns.reason"),
                  t("training.grades.correctionColumns.decision"),
                  t("training.grades.correctionColumns.by"),
                ]}
              />
              <tbody>
                {view.corrections.map((c) => (
                  <tr key={c.id} className={rowClass}>
                    <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{formatDateTime(c.at, locale)}</td>
                    <td className={tdClass}>{c.learnerName}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{c.oldScore !== null ? formatScore(c.oldScore, locale) : t("training.grades.noScore")}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{c.newScore !== null ? formatScore(c.newScore, locale) : t("training.grades.noScore")}</td>
                    <td className={tdClass}>{c.reason}</td>
                    <td className={tdClass}>{c.decisionRef ?? ""}</td>
                    <td className={tdClass}>{c.byName}</td>
                  </tr>
                ))}
              </tbody>
            </TableCard>
          )}
        </Section>
      ) : null}
    </div>
  );
}
