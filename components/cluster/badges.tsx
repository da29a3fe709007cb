import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n";
import { Badge, type BadgeTone } from "@/components/ui";

const SUBMISSION_TONES: Record<ReportStatus | "NONE", BadgeTone> = { NONE: "slate", DRAFT: "amber", SUBMITTED: "green" };
const REPORT_TONES: Record<ReportStatus, BadgeTone> = { DRAFT: "sky", SUBMITTED: "green" };

export function SubmissionStatusBadge({ status, t }: { status: ReportStatus | "NONE"; t: Translator }) {
  return <Badge tone={SUBMISSION_TONES[status]}>{t(`cluster.status.${status}`)}</Badge>;
}

export function ReportStatusBadge({ status, t }: { status: ReportStatus; t: Translator }) {
  return <Badge tone={REPORT_TONES[status]}>{t(`cluster.reportStatus.${status}`)}</Badge>;
}
