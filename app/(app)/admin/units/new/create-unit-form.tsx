"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { createTranslator, type Locale } from "@/lib/i18n";
import type { FormState } from "@/lib/validation/form";
import { UNIT_KINDS } from "@/lib/validation/units";
import { createUnitAction } from "../actions";

type Option = { value: string; label: string };

export function CreateUnitForm({
  locale,
  parents,
  defaults,
}: {
  locale: Locale;
  parents: Option[];
  defaults: { parentId?: string; kind?: string; validFrom: string };
}) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(createUnitAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormMessage message={state.message} ok={state.ok} />
      </div>
      <SelectField
        name="kind"
        label={t("admin.units.fields.kind")}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`domain.unitKind.${kind}`) }))}
        placeholder={t("admin.choose")}
        required
        defaultValue={values.kind ?? defaults.kind ?? ""}
        error={errors.kind}
      />
      <SelectField
        name="parentId"
        label={t("admin.units.fields.parent")}
        options={parents}
        placeholder={t("admin.units.fields.noParent")}
        defaultValue={values.parentId ?? defaults.parentId ?? ""}
        error={errors.parentId}
      />
      <Field name="name" label={t("admin.units.fields.name")} required autoComplete="off" defaultValue={values.name} error={errors.name} />
      <Field name="shortName" label={t("admin.units.fields.shortName")} autoComplete="off" defaultValue={values.shortName} error={errors.shortName} />
      <Field
        name="code"
        label={t("admin.units.fields.code")}
        hint={t("admin.units.fields.codeHint")}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.code}
        error={errors.code}
      />
      <SelectField
        name="centerLevel"
        label={t("admin.units.fields.centerLevel")}
        options={[
          { value: "DISTRICT", label: t("admin.units.centerLevel.DISTRICT") },
          { value: "COMMUNE", label: t("admin.units.centerLevel.COMMUNE") },
        ]}
        placeholder="—"
        defaultValue={values.centerLevel ?? ""}
        error={errors.centerLevel}
      />
      <Field name="validFrom" type="date" label={t("admin.units.fields.validFrom")} defaultValue={values.validFrom ?? defaults.validFrom} error={errors.validFrom} />
      <Field name="decisionRef" label={t("admin.units.fields.decisionRef")} autoComplete="off" defaultValue={values.decisionRef} error={errors.decisionRef} />
      <div className="md:col-span-2">
        <SubmitButton label={t("admin.units.create.submit")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
