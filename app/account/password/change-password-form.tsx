"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm({ labels }: { labels: Record<"current" | "next" | "confirm" | "submit" | "saving", string> }) {
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="currentPassword" type="password" label={labels.current} autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <Field name="newPassword" type="password" label={labels.next} autoComplete="new-password" error={state.fieldErrors?.newPassword} />
      <Field name="confirmPassword" type="password" label={labels.confirm} autoComplete="new-password" error={state.fieldErrors?.confirmPassword} />
      <SubmitButton label={labels.submit} pendingLabel={labels.saving} />
    </form>
  );
}
