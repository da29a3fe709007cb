import type { ClassStatus, Classification, GradeSheetStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n";

const CLASS_STATUS_COLORS: Record<ClassStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-700",
  APPROVED: "bg-sky-100 text-sky-800",
  ENROLLING: "bg-indigo-100 text-indigo-800",
  IN_PROGRESS: "bg-emerald-100 text-emerald-800",
  FINISHED: "bg-slate-200 text-slate-800",
  CANCELLED: "bg-red-100 text-red-800",
};

const SHEET_STATUS_COLORS: Record<GradeSheetStatus | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-600",
  DRAFT: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-sky-100 text-sky-800",
  FINALIZED: "bg-emerald-100 text-emerald-800",
};

const CLASSIFICATION_COLORS: Record<Classification, string> = {
  XUAT_SAC: "bg-emerald-100 text-emerald-900",
  GIOI: "bg-emerald-50 text-emerald-800",
  KHA: "bg-sky-50 text-sky-800",
  TRUNG_BINH_KHA: "bg-slate-100 text-slate-800",
  TRUNG_BINH: "bg-slate-100 text-slate-700",
  KHONG_DAT: "bg-red-100 text-red-800",
};

function Badge({ className, children }: { className: string; children: string }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${className}`}>{children}</span>;
}

export function ClassStatusBadge({ status, t }: { status: ClassStatus; t: Translator }) {
  return <Badge className={CLASS_STATUS_COLORS[status]}>{t(`domain.classStatus.${status}`)}</Badge>;
}

export function SheetStatusBadge({ status, t }: { status: GradeSheetStatus | null; t: Translator }) {
  const key = status ?? "NONE";
  return <Badge className={SHEET_STATUS_COLORS[key]}>{t(`training.enums.sheetStatus.${key}`)}</Badge>;
}

export function ClassificationBadge({ classification, t }: { classification: Classification; t: Translator }) {
  return <Badge className={CLASSIFICATION_COLORS[classification]}>{t(`domain.classification.${classification}`)}</Badge>;
}
