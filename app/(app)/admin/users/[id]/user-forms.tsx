"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { PasswordChoice, TemporaryPassword } from "@/components/admin/password-choice";
import { SecondarySubmitButton } from "@/components/admin/submit";
import { createTranslator, type Locale } from "@/lib/i18n";
import type { FormState } from "@/lib/validation/form";
import type { AccountFormState } from "@/lib/validation/users";
import { addRoleAction, removeRoleAction, resetPasswordAction, setUserActiveAction, unlockUserAction, updateUserAction } from "../actions";

type Option = { value: string; label: string };

export function EditUserForm({ locale, user }: { locale: Locale; user: { id: string; fullName: string; email: string | null } }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(updateUserAction, {});
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="userId" value={user.id} />
      <Field
        id="edit-fullName"
        name="fullName"
        label={t("admin.users.fields.fullName")}
        autoComplete="off"
        required
        defaultValue={values.fullName ?? user.fullName}
        error={state.fieldErrors?.fullName}
      />
      <Field
        id="edit-email"
        name="email"
        type="email"
        label={t("admin.users.fields.email")}
        autoComplete="off"
        defaultValue={values.email ?? user.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <div>
        <SubmitButton label={t("admin.users.edit.submit")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}

export function AddRoleForm({ locale, userId, roles, units }: { locale: Locale; userId: string; roles: Option[]; units: Option[] }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(addRoleAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <h3 className="font-semibold text-slate-900">{t("admin.users.roles.add")}</h3>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id="add-role"
          name="role"
          label={t("admin.users.fields.role")}
          options={roles}
          placeholder={t("admin.choose")}
          defaultValue={values.role ?? ""}
          error={state.fieldErrors?.role}
        />
        <SelectField
          id="add-unitId"
          name="unitId"
          label={t("admin.users.fields.unit")}
          options={units}
          placeholder={t("admin.choose")}
          defaultValue={values.unitId ?? ""}
          error={state.fieldErrors?.unitId}
        />
      </div>
      <div>
        <SubmitButton label={t("admin.users.roles.add")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}

export function RemoveRoleForm({ locale, userId, assignmentId, label }: { locale: Locale; userId: string; assignmentId: string; label: string }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(removeRoleAction, {});
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SecondarySubmitButton label={t("admin.users.roles.remove")} pendingLabel={t("common.saving")} tone="danger" ariaLabel={label} />
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}

export function ResetPasswordForm({ locale, userId }: { locale: Locale; userId: string }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<AccountFormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.ok ? (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          <p className="font-semibold">{state.message}</p>
          {state.temporaryPassword ? <TemporaryPassword locale={locale} password={state.temporaryPassword} /> : null}
        </div>
      ) : (
        <FormMessage message={state.message} />
      )}
      <input type="hidden" name="userId" value={userId} />
      <PasswordChoice locale={locale} idPrefix="reset" legend={t("admin.users.fields.resetMode")} error={state.fieldErrors?.password} modeError={state.fieldErrors?.mode} />
      <div>
        <SubmitButton label={t("admin.users.password.submit")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}

export function UnlockForm({ locale, userId }: { locale: Locale; userId: string }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(unlockUserAction, {});
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="userId" value={userId} />
      <SecondarySubmitButton label={t("admin.users.lock.unlock")} pendingLabel={t("common.saving")} />
    </form>
  );
}

export function ActivationForm({ locale, userId, active }: { locale: Locale; userId: string; active: boolean }) {
  const t = createTranslator(locale);
  const [state, action] = useActionState<FormState, FormData>(setUserActiveAction, {});
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {active ? (
        <SecondarySubmitButton label={t("admin.users.activation.deactivate")} pendingLabel={t("common.saving")} tone="danger" />
      ) : (
        <SubmitButton label={t("admin.users.activation.reactivate")} pendingLabel={t("common.saving")} />
      )}
    </form>
  );
}
