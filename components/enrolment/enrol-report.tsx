import type { EnrolReportText } from "@/app/(app)/classes/[id]/enrolments/report";

export interface EnrolReportLabels {
  duplicates: string;
  ineligible: string;
}

/** Who joined, who was already in the class, and who was refused with the reasons. */
export function EnrolReportView({ report, labels }: { report: EnrolReportText; labels: EnrolReportLabels }) {
  if (report.duplicates.length === 0 && report.ineligible.length === 0 && report.enrolled.length === 0) return null;
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="enrol-report">
      {report.enrolled.length > 0 ? <p className="text-emerald-800">{report.enrolled.join(", ")}</p> : null}
      {report.duplicates.length > 0 ? (
        <div>
          <p className="font-medium text-slate-800">{labels.duplicates}</p>
          <ul className="ml-5 list-disc">{report.duplicates.map((name) => <li key={name}>{name}</li>)}</ul>
        </div>
      ) : null}
      {report.ineligible.length > 0 ? (
        <div>
          <p className="font-medium text-amber-900">{labels.ineligible}</p>
          <ul className="ml-5 list-disc">
            {report.ineligible.map((item) => (
              <li key={item.name}>
                <span className="font-medium">{item.name}</span>: {item.reasons.join("; ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
