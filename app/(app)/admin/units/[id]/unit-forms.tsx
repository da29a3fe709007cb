"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { createTranslator, type Locale } from "@/lib/i18n";
import type { FormState } from "@/lib/validation/form";
import { closeUnitAction, renameUnitAction } from "../actions";

type Option = { value: string; label: string };

export function RenameUnitForm({ locale, unit, today }: { locale: Locale; unit: { id: string; name: string; shortName: string | null }; today: string }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(renameUnitAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="unitId" value={unit.id} />
      <Field id="rename-name" name="name" label={t("admin.units.fields.newName")} required autoComplete="off" defaultValue={values.name ?? unit.name} error={errors.name} />
      <Field
        id="rename-shortName"
        name="shortName"
        label={t("admin.units.fields.shortName")}
        autoComplete="off"
        defaultValue={values.shortName ?? unit.shortName ?? ""}
        error={errors.shortName}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="rename-effectiveDate" name="effectiveDate" type="date" label={t("admin.units.fields.effectiveDate")} required defaultValue={values.effectiveDate ?? today} error={errors.effectiveDate} />
        <Field id="rename-decisionRef" name="decisionRef" label={t("admin.units.fields.decisionRef")} autoComplete="off" defaultValue={values.decisionRef} error={errors.decisionRef} />
      </div>
      <Field id="rename-note" name="note" label={t("admin.units.fields.note")} autoComplete="off" defaultValue={values.note} error={errors.note} />
      <div>
        <SubmitButton label={t("admin.units.rename.submit")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}

export function CloseUnitForm({ locale, unitId, successors, today }: { locale: Locale; unitId: string; successors: Option[]; today: string }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(closeUnitAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const [kind, setKind] = useState<"DISSOLVED" | "MERGED">(values.kind === "MERGED" ? "MERGED" : "DISSOLVED");
  const option = (value: "DISSOLVED" | "MERGED", label: string, disabled = false) => (
    <label className={`flex items-center gap-2 ${disabled ? "text-slate-400" : "text-slate-800"}`}>
      <input type="radio" name="kind" value={value} checked={kind === value} disabled={disabled} onChange={() => setKind(value)} className="h-4 w-4 accent-brand-700" />
      {label}
    </label>
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="unitId" value={unitId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("admin.units.close.kind")}</legend>
        {option("DISSOLVED", t("admin.units.close.dissolve"))}
        {option("MERGED", t("admin.units.close.merge"), successors.length === 0)}
        {successors.length === 0 ? <p className="text-xs text-slate-500">{t("admin.units.close.noSuccessor")}</p> : null}
        {errors.kind ? <p className="text-sm text-red-700">{errors.kind}</p> : null}
      </fieldset>
      {kind === "MERGED" ? (
        <SelectField
          id="close-successorId"
          name="successorId"
          label={t("admin.units.fields.successor")}
          options={successors}
          placeholder={t("admin.choose")}
          defaultValue={values.successorId ?? ""}
          error={errors.successorId}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="close-effectiveDate" name="effectiveDate" type="date" label={t("admin.units.fields.effectiveDate")} required defaultValue={values.effectiveDate ?? today} error={errors.effectiveDate} />
        <Field id="close-decisionRef" name="decisionRef" label={t("admin.units.fields.decisionRef")} autoComplete="off" defaultValue={values.decisionRef} error={errors.decisionRef} />
      </div>
      <Field id="close-note" name="note" label={t("admin.units.fields.note")} autoComplete="off" defaultValue={values.note} error={errors.note} />
      <div>
        <SubmitButton label={t("admin.units.close.submit")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
