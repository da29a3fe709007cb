import type { Translator } from "@/lib/i18n";
import { STUDY_MODES } from "@/lib/validation/plans";
import type { FieldSpec } from "@/components/action-form";

/** The planning fields of a class, for the new-class form and the edit form of the management page. */
export function ClassPlanningFields({
  t,
  programs,
  hosts,
  initial,
}: {
  t: Translator;
  programs: { id: string; name: string }[];
  hosts: { id: string; name: string }[];
  initial: Record<string, string>;
}): FieldSpec[] {
  const v = (name: string) => initial[name] ?? "";
  const choose = t("training.common.choose");
  return [
    ...(initial.planLineId ? [{ kind: "hidden" as const, name: "planLineId", value: initial.planLineId }] : []),
    ...(initial.classId ? [{ kind: "hidden" as const, name: "classId", value: initial.classId }] : []),
    { kind: "text", name: "code", label: t("plans.classes.fields.code"), defaultValue: v("code"), required: true },
    { kind: "text", name: "name", label: t("plans.classes.fields.name"), defaultValue: v("name"), required: true },
    { kind: "select", name: "programId", label: t("plans.fields.program"), options: programs.map((p) => ({ value: p.id, label: p.name })), placeholder: choose, defaultValue: v("programId"), required: true },
    { kind: "select", name: "hostUnitId", label: t("plans.fields.host"), options: hosts.map((h) => ({ value: h.id, label: h.name })), placeholder: choose, defaultValue: v("hostUnitId"), required: true },
    { kind: "select", name: "mode", label: t("plans.fields.mode"), options: STUDY_MODES.map((m) => ({ value: m, label: t(`plans.enums.studyMode.${m}`) })), placeholder: choose, defaultValue: v("mode"), required: true },
    { kind: "text", name: "location", label: t("plans.classes.fields.location"), defaultValue: v("location") },
    { kind: "number", name: "plannedSize", label: t("plans.classes.fields.plannedSize"), defaultValue: v("plannedSize"), required: true, min: 1 },
    { kind: "text", name: "fundingSource", label: t("plans.fields.fundingSource"), defaultValue: v("fundingSource") },
    { kind: "date", name: "startDate", label: t("plans.classes.fields.startDate"), defaultValue: v("startDate"), required: true },
    { kind: "date", name: "endDate", label: t("plans.classes.fields.endDate"), defaultValue: v("endDate") },
  ];
}
