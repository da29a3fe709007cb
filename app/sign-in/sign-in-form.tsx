"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { signInAction } from "./actions";

export interface SignInLabels {
  identifier: string;
  password: string;
  submit: string;
  submitting: string;
}

export function SignInForm({ labels }: { labels: SignInLabels }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field
        name="identifier"
        label={labels.identifier}
        autoComplete="username"
        required
        defaultValue={state.values?.identifier}
        error={state.fieldErrors?.identifier}
      />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" required error={state.fieldErrors?.password} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  );
}
