import type { InspectionStatus, RecommendationStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n";
import { Badge, type BadgeTone } from "@/components/ui";

const PLAN_TONES: Record<InspectionStatus, BadgeTone> = { DRAFT: "slate", ISSUED: "sky", IN_PROGRESS: "amber", COMPLETED: "green" };
const REC_TONES: Record<RecommendationStatus, BadgeTone> = { OPEN: "indigo", IN_PROGRESS: "amber", DONE: "green", CANCELLED: "slate" };

export function InspectionStatusBadge({ status, t }: { status: InspectionStatus; t: Translator }) {
  return <Badge tone={PLAN_TONES[status]}>{t(`inspections.enums.status.${status}`)}</Badge>;
}

export function RecommendationStatusBadge({ status, t }: { status: RecommendationStatus; t: Translator }) {
  return <Badge tone={REC_TONES[status]}>{t(`inspections.enums.recommendationStatus.${status}`)}</Badge>;
}

export function OverdueBadge({ t }: { t: Translator }) {
  return <Badge tone="red">{t("inspections.visits.overdue")}</Badge>;
}
