import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/session";
import { getClusterReport } from "@/lib/data/cluster-reports";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { FiguresTable } from "@/components/cluster/figures-table";
import { PrintButton } from "@/components/cluster/print-button";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("cluster.report.print") };
}

// A4, black on white: the app's frame (header, navigation) and the buttons are not printed.
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  header, nav, .no-print, a[href="#main"] { display: none !important; }
  body, main { background: white !important; margin: 0 !important; padding: 0 !important; }
  .print-sheet { box-shadow: none !important; border: 0 !important; padding: 0 !important; max-width: none !important; }
  table { page-break-inside: auto; }
  tr { page-break-inside: avoid; }
}`;

export default async function ClusterReportPrintPage({ params }: Params) {
  const viewer = await requirePagePermission("clusterReports.read");
  const [t, locale] = [await getTranslator(), await getLocale()];
  const { id } = await params;
  const report = await orNotFound(getClusterReport(viewer, id));
  if (!report.table) notFound();
  const heading = report.period === "HALF_YEAR" ? t("cluster.print.headingHalf", { year: report.year }) : t("cluster.print.headingAnnual", { year: report.year });
  const sections = [
    ["achievements", t("cluster.narrative.achievements")],
    ["limitations", t("cluster.narrative.limitations")],
    ["proposals", t("cluster.narrative.proposals")],
    ["nextTasks", t("cluster.narrative.nextTasks")],
  ] as const;

  return (
    <div className="flex flex-col gap-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex gap-3">
        <PrintButton label={t("cluster.print.printButton")} />
      </div>
      <article className="print-sheet mx-auto w-full max-w-[297mm] bg-white p-8 font-serif text-black shadow-sm">
        <p className="text-center text-sm">{t("cluster.print.composer", { name: report.composerName })}</p>
        <h1 className="mt-4 text-center text-xl font-bold">{heading}</h1>
        <p className="text-center font-semibold">{t("cluster.print.subtitle", { cluster: report.clusterName })}</p>
        {report.status === "DRAFT" ? <p className="mt-2 text-center text-sm italic">{t("cluster.print.draftNote", { date: formatDate(new Date(), locale) })}</p> : null}
        <h2 className="mt-6 font-bold">{t("cluster.print.figures")}</h2>
        <div className="mt-2">
          <FiguresTable table={report.table} t={t} locale={locale} print />
        </div>
        <h2 className="mt-6 font-bold">{t("cluster.print.narrative")}</h2>
        {sections.map(([field, label], index) => (
          <section key={field} className="mt-3">
            <h3 className="font-semibold">{index + 1}. {label}</h3>
            <p className="mt-1 whitespace-pre-line text-justify">{report.narrative[field] || "—"}</p>
          </section>
        ))}
      </article>
    </div>
  );
}
