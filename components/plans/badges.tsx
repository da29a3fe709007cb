import type { PlanLineOutcome, PlanStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n";
import { Badge, type BadgeTone } from "@/components/ui";

const PLAN_TONES: Record<PlanStatus, BadgeTone> = { DRAFT: "slate", SUBMITTED: "amber", APPROVED: "green" };
const OUTCOME_TONES: Record<PlanLineOutcome, BadgeTone> = { PENDING: "slate", DONE: "green", PARTIAL: "amber", CARRIED_OVER: "sky", NOT_CARRIED_OUT: "red" };

export function PlanStatusBadge({ status, t }: { status: PlanStatus; t: Translator }) {
  return <Badge tone={PLAN_TONES[status]}>{t(`plans.enums.planStatus.${status}`)}</Badge>;
}

export function OutcomeBadge({ outcome, t }: { outcome: PlanLineOutcome; t: Translator }) {
  return <Badge tone={OUTCOME_TONES[outcome]}>{t(`plans.enums.outcome.${outcome}`)}</Badge>;
}
