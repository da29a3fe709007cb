import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getClass } from "@/lib/data/classes";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ClassificationBadge, ClassStatusBadge, SheetStatusBadge } from "@/components/training/badges";
import { formatScore } from "@/components/training/format";
import { ButtonLink, DefinitionList, linkClass, PageHeader, rowClass, Section, TableCard, TableHead, tdClass, thClass, theadClass } from "@/components/ui";

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the metadata and the page.
const load = cache(async (id: string) => {
  const viewer = await requirePagePermission("classes.read");
  return { viewer, c: await orNotFound(getClass(viewer, id)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).c.name };
}

export default async function ClassPage({ params }: Props) {
  const { viewer, c } = await load((await params).id);
  const [t, locale] = [await getTranslator(), await getLocale()];
  const notSet = <span className="font-normal text-slate-500">{t("training.common.notSet")}</span>;
  const hasResults = c.enrolments.some((e) => e.result);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={c.name}
        intro={
          <div className="flex flex-wrap items-center gap-2">
            <span>{c.code}</span>
            <ClassStatusBadge status={c.status} t={t} />
          </div>
        }
        back={{ href: "/classes", label: t("training.classes.back") }}
        actions={
          <>
            {can(viewer, "classes.write") ? <ButtonLink href={`/classes/${c.id}/manage`}>{t("training.classes.manage")}</ButtonLink> : null}
            {can(viewer, "enrolments.write") ? <ButtonLink href={`/classes/${c.id}/enrolments`}>{t("training.classes.enrolments")}</ButtonLink> : null}
            {can(viewer, "attendance.write") ? <ButtonLink href={`/classes/${c.id}/attendance`}>{t("training.classes.attendance")}</ButtonLink> : null}
          </>
        }
      />

      <Section title={t("training.classes.overview")} id="overview">
        <DefinitionList
          columns={3}
          items={[
            { label: t("training.classes.fields.program"), value: c.program.name },
            {
              label: t("training.classes.fields.ruleVersion"),
              value: c.ruleVersion.regulationRef ? `${c.ruleVersion.name} (${c.ruleVersion.regulationRef})` : c.ruleVersion.name,
            },
            { label: t("training.classes.fields.host"), value: c.host.name },
            { label: t("training.classes.fields.school"), value: c.school.name },
            { label: t("training.classes.fields.mode"), value: t(`training.enums.studyMode.${c.mode}`) },
            { label: t("training.classes.fields.location"), value: c.location ?? notSet },
            {
              label: t("training.classes.fields.dates"),
              value: c.startDate ? t("training.common.dateRange", { from: formatDate(c.startDate, locale), to: formatDate(c.endDate, locale) }) : notSet,
            },
            {
              label: `${t("training.classes.fields.enrolled")} / ${t("training.classes.fields.plannedSize")}`,
              value: t("training.classes.size", { enrolled: formatNumber(c.enrolledCount, locale), planned: formatNumber(c.plannedSize, locale) }),
            },
            { label: t("training.classes.fields.funding"), value: c.fundingSource ?? notSet },
            ...(c.cancelReason ? [{ label: t("training.classes.fields.cancelReason"), value: c.cancelReason }] : []),
          ]}
        />
      </Section>

      <Section title={t("training.classes.statusHistory")} id="status-history">
        {c.statusChanges.length === 0 ? (
          <p className="text-slate-600">{t("training.classes.noStatusChanges")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {c.statusChanges.map((change) => (
              <li key={change.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="tabular-nums text-slate-600">{formatDateTime(change.at, locale)}</span>
                {change.fromStatus ? <ClassStatusBadge status={change.fromStatus} t={t} /> : null}
                {change.fromStatus ? <span aria-hidden="true">→</span> : null}
                <ClassStatusBadge status={change.toStatus} t={t} />
                {change.byUser ? <span className="text-slate-700">{change.byUser.fullName}</span> : null}
                {change.reason ? <span className="text-slate-600">— {change.reason}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={t("training.classes.subjects")} id="subjects">
        <TableCard>
          <thead className={theadClass}>
            <tr>
              <th scope="col" className={thClass}>{t("training.classes.subjectColumns.code")}</th>
              <th scope="col" className={thClass}>{t("training.classes.subjectColumns.name")}</th>
              <th scope="col" className={`${thClass} text-right`}>{t("training.classes.subjectColumns.periods")}</th>
              <th scope="col" className={`${thClass} text-right`}>{t("training.classes.subjectColumns.weight")}</th>
              <th scope="col" className={thClass}>{t("training.classes.subjectColumns.lecturers")}</th>
              {c.readsGrades ? <th scope="col" className={thClass}>{t("training.classes.subjectColumns.sheet")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {c.subjects.map((subject) => (
              <tr key={subject.id} className={rowClass}>
                <td className={`${tdClass} whitespace-nowrap`}>{subject.code}</td>
                <td className={tdClass}>
                  {subject.name}
                  <div className="text-xs text-slate-500">{t(`training.enums.assessment.${subject.assessment}`)}</div>
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(subject.periods, locale)}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatNumber(subject.weight, locale)}</td>
                <td className={tdClass}>{subject.lecturers.length > 0 ? subject.lecturers.map((l) => l.fullName).join(", ") : <span className="text-slate-500">{t("training.classes.noLecturer")}</span>}</td>
                {c.readsGrades ? (
                  <td className={tdClass}>
                    {subject.weight > 0 || subject.sheet ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <SheetStatusBadge status={subject.sheet?.status ?? null} t={t} />
                        <Link
                          href={`/classes/${c.id}/grades/${subject.id}`}
                          className="text-brand-700 hover:underline"
                          aria-label={`${t("training.classes.openSheet")}: ${subject.name}`}
                        >
                          {t("training.classes.openSheet")}
                        </Link>
                      </span>
                    ) : (
                      <span className="text-slate-500">{t("training.classes.notGraded")}</span>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableCard>
      </Section>

      <Section title={t("training.classes.learners")} id="learners">
        {c.enrolments.length === 0 ? (
          <p className="text-slate-600">{t("training.classes.noLearners")}</p>
        ) : (
          <div className="flex flex-col gap-3">
            {!hasResults ? <p className="text-sm text-slate-600">{t("training.classes.resultsPending")}</p> : null}
            <TableCard>
              <TableHead
                columns={[
                  t("training.common.index"),
                  t("training.classes.learnerColumns.name"),
                  t("training.classes.learnerColumns.birthDate"),
                  t("training.classes.learnerColumns.homeUnit"),
                  t("training.classes.learnerColumns.status"),
                  { label: t("training.classes.learnerColumns.finalScore"), className: "text-right" },
                  t("training.classes.learnerColumns.classification"),
                ]}
              />
              <tbody>
                {c.enrolments.map((e, index) => (
                  <tr key={e.id} className={rowClass}>
                    <td className={`${tdClass} text-slate-500`}>{formatNumber(index + 1, locale)}</td>
                    <td className={tdClass}>
                      <Link href={`/learners/${e.learner.id}`} className={linkClass}>{e.learner.fullName}</Link>
                    </td>
                    <td className={`${tdClass} tabular-nums`}>{formatDate(e.learner.birthDate, locale)}</td>
                    <td className={tdClass}>{e.learner.homeUnit.name}</td>
                    <td className={tdClass}>{t(`training.enums.enrolmentStatus.${e.status}`)}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{e.result ? formatScore(e.result.finalScore, locale) : ""}</td>
                    <td className={tdClass}>{e.result ? <ClassificationBadge classification={e.result.classification} t={t} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </TableCard>
          </div>
        )}
      </Section>
    </div>
  );
}
