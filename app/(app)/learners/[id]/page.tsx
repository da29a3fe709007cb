import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getLearner } from "@/lib/data/learners";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ClassificationBadge, ClassStatusBadge } from "@/components/training/badges";
import { firstParam, formatScore, type SearchParams } from "@/components/training/format";
import { ButtonLink, DefinitionList, linkClass, Notice, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Read once per request, for the metadata and the page.
const load = cache(async (id: string) => {
  const viewer = await requirePagePermission("learners.read");
  return orNotFound(getLearner(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).fullName };
}

export default async function LearnerPage({ params, searchParams }: Props) {
  const learner = await load((await params).id);
  const saved = firstParam((await searchParams).saved);
  const [t, locale] = [await getTranslator(), await getLocale()];
  const notSet = <span className="font-normal text-slate-500">{t("training.common.notSet")}</span>;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={learner.fullName}
        intro={`${t("training.learners.fields.citizenId")}: ${learner.citizenId}`}
        back={{ href: "/learners", label: t("training.learners.back") }}
        actions={learner.canEdit ? <ButtonLink href={`/learners/${learner.id}/edit`}>{t("training.learners.edit")}</ButtonLink> : undefined}
      />
      {saved === "created" ? <Notice tone="success">{t("training.learners.created", { name: learner.fullName })}</Notice> : null}
      {saved === "updated" ? <Notice tone="success">{t("training.learners.updated")}</Notice> : null}

      <Section title={t("training.learners.personal")} id="personal">
        <DefinitionList
          columns={3}
          items={[
            { label: t("training.learners.fields.fullName"), value: learner.fullName },
            { label: t("training.learners.fields.citizenId"), value: <span className="tabular-nums">{learner.citizenId}</span> },
            { label: t("training.learners.fields.birthDate"), value: formatDate(learner.birthDate, locale) },
            { label: t("training.learners.fields.gender"), value: t(`domain.gender.${learner.gender}`) },
            { label: t("training.learners.fields.ethnicity"), value: learner.ethnicity },
            {
              label: t("training.learners.fields.partyMembership"),
              value: learner.partyJoinDate
                ? `${t(`training.enums.partyMembership.${learner.partyMembership}`)} (${formatDate(learner.partyJoinDate, locale)})`
                : t(`training.enums.partyMembership.${learner.partyMembership}`),
            },
            { label: t("training.learners.fields.education"), value: learner.education ? t(`training.enums.education.${learner.education}`) : notSet },
            { label: t("training.learners.fields.theoryLevel"), value: t(`training.enums.theoryLevel.${learner.theoryLevel}`) },
            { label: t("training.learners.fields.position"), value: learner.position ?? notSet },
            { label: t("training.learners.fields.workplace"), value: learner.workplace ?? notSet },
            { label: t("training.learners.fields.phone"), value: learner.phone ?? notSet },
            { label: t("training.learners.fields.email"), value: learner.email ?? notSet },
            { label: t("training.learners.fields.homeUnit"), value: learner.homeUnit.name },
          ]}
        />
        <p className="mt-4 text-xs text-slate-500">{t("training.learners.recordedAt", { at: formatDateTime(learner.updatedAt, locale) })}</p>
      </Section>

      <Section title={t("training.learners.enrolments")} id="enrolments">
        {learner.enrolments.length === 0 ? (
          <p className="text-slate-600">{t("training.learners.noEnrolments")}</p>
        ) : (
          <TableCard>
            <TableHead
              columns={[
                t("training.learners.enrolmentColumns.class"),
                t("training.learners.enrolmentColumns.program"),
                t("training.learners.enrolmentColumns.host"),
                t("training.learners.enrolmentColumns.dates"),
                t("training.learners.enrolmentColumns.status"),
                t("training.learners.enrolmentColumns.result"),
              ]}
            />
            <tbody>
              {learner.enrolments.map((enrolment) => {
                const c = enrolment.trainingClass;
                return (
                  <tr key={enrolment.id} className={rowClass}>
                    <td className={tdClass}>
                      <Link href={`/classes/${c.id}`} className={linkClass}>{c.name}</Link>
                      <div className="text-xs text-slate-500">{c.code} · <ClassStatusBadge status={c.status} t={t} /></div>
                    </td>
                    <td className={tdClass}>{c.program.name}</td>
                    <td className={tdClass}>{c.host.name}</td>
                    <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                      {c.startDate ? t("training.common.dateRange", { from: formatDate(c.startDate, locale), to: formatDate(c.endDate, locale) }) : ""}
                    </td>
                    <td className={tdClass}>{t(`training.enums.enrolmentStatus.${enrolment.status}`)}</td>
                    <td className={tdClass}>
                      {enrolment.result ? (
                        <span className="flex items-center gap-2">
                          <span className="tabular-nums">{formatScore(enrolment.result.finalScore, locale)}</span>
                          <ClassificationBadge classification={enrolment.result.classification} t={t} />
                        </span>
                      ) : (
                        <span className="text-slate-500">{t("training.common.notSet")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableCard>
        )}
      </Section>
    </div>
  );
}
