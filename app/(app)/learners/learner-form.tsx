"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { createLearnerAction, updateLearnerAction, type LearnerFormState } from "./actions";

type Option = { value: string; label: string };

export interface LearnerFormLabels {
  fields: Record<
    "fullName" | "citizenId" | "birthDate" | "gender" | "ethnicity" | "partyMembership" | "partyJoinDate" | "education" | "theoryLevel" | "position" | "workplace" | "phone" | "email",
    string
  >;
  hints: { citizenId: string; partyJoinDate: string };
  choose: string;
  submit: string;
  saving: string;
  cancel: string;
  openExisting: string;
}

export interface LearnerFormOptions {
  gender: Option[];
  partyMembership: Option[];
  education: Option[];
  theoryLevel: Option[];
}

/** The learner's personal data, for registering (no id) or editing (with the learner's id). */
export function LearnerForm({
  id,
  initial,
  labels,
  options,
  cancelHref,
}: {
  id?: string;
  initial: Record<string, string>;
  labels: LearnerFormLabels;
  options: LearnerFormOptions;
  cancelHref: string;
}) {
  const [state, action] = useActionState<LearnerFormState, FormData>(id ? updateLearnerAction : createLearnerAction, {});
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? "";
  const error = (name: string) => state.fieldErrors?.[name];
  // React 19 resets a form after its action; a key that changes with each result remounts the fields with
  // the values just submitted (selects keep their defaultValue only on mount).
  const key = JSON.stringify(state.values ?? initial);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate key={key}>
      <FormMessage message={state.message} ok={state.ok} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-2">
        <Field name="fullName" label={labels.fields.fullName} defaultValue={value("fullName")} error={error("fullName")} required autoComplete="off" />
        <div className="flex flex-col">
          <Field
            name="citizenId"
            label={labels.fields.citizenId}
            defaultValue={value("citizenId")}
            error={error("citizenId")}
            hint={labels.hints.citizenId}
            required
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
          />
          {state.duplicateOf ? (
            <Link href={`/learners/${state.duplicateOf.id}`} className="text-sm text-brand-700 hover:underline">
              {labels.openExisting.replace("{name}", state.duplicateOf.fullName)}
            </Link>
          ) : null}
        </div>
        <Field name="birthDate" type="date" label={labels.fields.birthDate} defaultValue={value("birthDate")} error={error("birthDate")} required />
        <SelectField name="gender" label={labels.fields.gender} defaultValue={value("gender")} error={error("gender")} options={options.gender} placeholder={labels.choose} required />
        <Field name="ethnicity" label={labels.fields.ethnicity} defaultValue={value("ethnicity")} error={error("ethnicity")} required />
        <SelectField
          name="partyMembership"
          label={labels.fields.partyMembership}
          defaultValue={value("partyMembership")}
          error={error("partyMembership")}
          options={options.partyMembership}
          required
        />
        <Field
          name="partyJoinDate"
          type="date"
          label={labels.fields.partyJoinDate}
          defaultValue={value("partyJoinDate")}
          error={error("partyJoinDate")}
          hint={labels.hints.partyJoinDate}
        />
        <SelectField name="education" label={labels.fields.education} defaultValue={value("education")} error={error("education")} options={options.education} placeholder={labels.choose} />
        <SelectField name="theoryLevel" label={labels.fields.theoryLevel} defaultValue={value("theoryLevel")} error={error("theoryLevel")} options={options.theoryLevel} required />
        <Field name="position" label={labels.fields.position} defaultValue={value("position")} error={error("position")} />
        <Field name="workplace" label={labels.fields.workplace} defaultValue={value("workplace")} error={error("workplace")} />
        <Field name="phone" type="tel" label={labels.fields.phone} defaultValue={value("phone")} error={error("phone")} autoComplete="off" />
        <Field name="email" type="email" label={labels.fields.email} defaultValue={value("email")} error={error("email")} autoComplete="off" />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton label={labels.submit} pendingLabel={labels.saving} />
        <Link href={cancelHref} className="text-brand-700 hover:underline">{labels.cancel}</Link>
      </div>
    </form>
  );
}
