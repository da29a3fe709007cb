import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listEnrollableClasses } from "@/lib/data/enrolments";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/domain/learner-import";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { Card, PageHeader, secondaryButtonClass } from "@/components/ui";
import { ImportForm } from "@/components/enrolment/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("enrolment.import.title") };
}

export default async function ImportLearnersPage() {
  const viewer = await requirePagePermission("learners.write");
  // Centers register at their own center, the school's staff at the school (lib/data/learner-import.ts).
  if (viewer.role !== "CENTER_STAFF" && !viewer.schoolId) notFound();
  const [t, locale] = [await getTranslator(), await getLocale()];
  const classes = can(viewer, "enrolments.write") ? await listEnrollableClasses(viewer) : [];
  const unitName = viewer.role === "CENTER_STAFF" || viewer.schoolId === viewer.unitId ? viewer.unitName : null;

  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <PageHeader
        title={t("enrolment.import.title")}
        back={{ href: "/learners", label: t("training.learners.back") }}
        intro={
          <>
            <p>{t("enrolment.import.intro")}</p>
            {unitName ? <p className="mt-1">{t("enrolment.import.registeredAt", { unit: unitName })}</p> : null}
          </>
        }
        actions={
          // A plain link: the template is a file download from a route handler, not a page.
          <a href="/api/learners/import-template" className={secondaryButtonClass} download>
            {t("enrolment.import.template")}
          </a>
        }
      />
      <Card>
        <ImportForm
          classes={classes.map((c) => ({
            value: c.id,
            label: t("enrolment.import.classOption", { code: c.code, name: c.name, active: formatNumber(c._count.enrolments, locale), planned: formatNumber(c.plannedSize, locale) }),
          }))}
          labels={{
            file: t("enrolment.import.file"),
            fileHint: t("enrolment.import.fileHint", { size: formatNumber(Math.floor(MAX_IMPORT_BYTES / 1000), locale), rows: formatNumber(MAX_IMPORT_ROWS, locale) }),
            check: t("enrolment.import.check"),
            checking: t("enrolment.import.checking"),
            previewTitle: t("enrolment.import.previewTitle"),
            previewIntro: t("enrolment.import.previewIntro"),
            invalidNotice: t("enrolment.import.invalidNotice"),
            columns: {
              line: t("enrolment.import.columns.line"),
              name: t("enrolment.import.columns.name"),
              citizenId: t("enrolment.import.columns.citizenId"),
              birthDate: t("enrolment.import.columns.birthDate"),
              status: t("enrolment.import.columns.status"),
              errors: t("enrolment.import.columns.errors"),
            },
            existingLink: t("enrolment.import.existingLink"),
            enrolInto: t("enrolment.import.enrolInto"),
            noClass: t("enrolment.import.noClass"),
            enrolHint: t("enrolment.import.enrolHint"),
            confirmOverCapacity: t("enrolment.import.confirmOverCapacity"),
            commit: t("enrolment.import.commit"),
            commitNothing: t("enrolment.import.commitNothing"),
            committing: t("enrolment.import.committing"),
            duplicates: t("enrolment.enrol.duplicates"),
            ineligible: t("enrolment.enrol.ineligible"),
          }}
        />
      </Card>
    </div>
  );
}
