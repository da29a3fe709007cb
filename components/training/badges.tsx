import type { ClassStatus, Classification, GradeSheetStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n";
import { Badge, type BadgeTone } from "@/components/ui";

const CLASS_STATUS_TONES: Record<ClassStatus, BadgeTone> = {
  PLANNED: "slate",
  APPROVED: "sky",
  ENROLLING: "indigo",
  IN_PROGRESS: "green",
  FINISHED: "slate",
  CANCELLED: "red",
};

const SHEET_STATUS_TONES: Record<GradeSheetStatus | "NONE", BadgeTone> = {
  NONE: "slate",
  DRAFT: "amber",
  SUBMITTED: "sky",
  FINALIZED: "green",
};

const CLASSIFICATION_TONES: Record<Classification, BadgeTone> = {
  XUAT_SAC: "green",
  GIOI: "green",
  KHA: "sky",
  TRUNG_BINH_KHA: "slate",
  TRUNG_BINH: "slate",
  KHONG_DAT: "red",
};

export function ClassStatusBadge({ status, t }: { status: ClassStatus; t: Translator }) {
  return <Badge tone={CLASS_STATUS_TONES[status]}>{t(`domain.classStatus.${status}`)}</Badge>;
}

export function SheetStatusBadge({ status, t }: { status: GradeSheetStatus | null; t: Translator }) {
  const key = status ?? "NONE";
  return <Badge tone={SHEET_STATUS_TONES[key]}>{t(`training.enums.sheetStatus.${key}`)}</Badge>;
}

export function ClassificationBadge({ classification, t }: { classification: Classification; t: Translator }) {
  return <Badge tone={CLASSIFICATION_TONES[classification]}>{t(`domain.classification.${classification}`)}</Badge>;
}
