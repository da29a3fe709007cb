"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { PasswordChoice, TemporaryPassword } from "@/components/admin/password-choice";
import { createTranslator, type Locale } from "@/lib/i18n";
import type { AccountFormState } from "@/lib/validation/users";
import { createUserAction } from "../actions";

type Option = { value: string; label: string };

// Client forms translate with the same message files as the server (lib/i18n is plain data), given the
// viewer's locale, instead of receiving every label as a prop.
export function CreateUserForm({ locale, roles, units }: { locale: Locale; roles: Option[]; units: Option[] }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<AccountFormState, FormData>(createUserAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-4">
      {state.ok ? (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-900">
          <p className="font-semibold">{state.message}</p>
          {state.temporaryPassword ? <TemporaryPassword locale={locale} password={state.temporaryPassword} /> : null}
          {state.userId ? (
            <Link href={`/admin/users/${state.userId}`} className="mt-3 inline-block font-medium text-brand-700 hover:underline">
              {t("admin.users.create.open")}
            </Link>
          ) : null}
        </div>
      ) : (
        <FormMessage message={state.message} />
      )}
      <form action={action} noValidate className="grid gap-4 md:grid-cols-2">
        <Field
          name="username"
          label={t("admin.users.fields.username")}
          hint={t("admin.users.fields.usernameHint")}
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={values.username}
          error={errors.username}
        />
        <Field name="fullName" label={t("admin.users.fields.fullName")} autoComplete="off" required defaultValue={values.fullName} error={errors.fullName} />
        <Field name="email" type="email" label={t("admin.users.fields.email")} autoComplete="off" defaultValue={values.email} error={errors.email} />
        <div className="hidden md:block" />
        <SelectField
          name="role"
          label={t("admin.users.fields.role")}
          options={roles}
          placeholder={t("admin.choose")}
          required
          defaultValue={values.role ?? ""}
          error={errors.role}
        />
        <SelectField
          name="unitId"
          label={t("admin.users.fields.unit")}
          options={units}
          placeholder={t("admin.choose")}
          required
          defaultValue={values.unitId ?? ""}
          error={errors.unitId}
        />
        <div className="md:col-span-2">
          <PasswordChoice locale={locale} idPrefix="create" legend={t("admin.users.fields.mode")} error={errors.password} modeError={errors.mode} />
        </div>
        <div className="md:col-span-2">
          <SubmitButton label={t("admin.users.create.submit")} pendingLabel={t("common.saving")} />
        </div>
      </form>
    </div>
  );
}
