"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";

type Option = { value: string; label: string };

/** One field of an inspection form, described by the server page that knows its translated labels. */
export type FieldSpec =
  | { kind: "text" | "date" | "number"; name: string; label: string; required?: boolean; hint?: string; wide?: boolean }
  | { kind: "textarea"; name: string; label: string; required?: boolean; rows?: number; wide?: boolean }
  | { kind: "select"; name: string; label: string; options: Option[]; placeholder?: string; required?: boolean; wide?: boolean }
  | { kind: "checkboxes"; name: string; label: string; options: Option[]; wide?: boolean };

function TextArea({ id, name, label, error, required, rows, defaultValue }: { id: string; name: string; label: string; error?: string; required?: boolean; rows?: number; defaultValue: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows ?? 3}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
      />
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

function Checkboxes({ id, name, label, options, error, checked }: { id: string; name: string; label: string; options: Option[]; error?: string; checked: string[] }) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">{label}</legend>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}

/** A form bound to a server action: fields from a spec, hidden ids, errors by field and the typed values kept. */
export function ActionForm({
  action,
  fields,
  hidden = {},
  initial = {},
  submit,
  saving,
  cancel,
  columns = 1,
  label,
  idPrefix = "field",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  initial?: Record<string, string>;
  submit: string;
  saving: string;
  cancel?: { href: string; label: string };
  columns?: 1 | 2;
  label?: string;
  /** Keeps ids unique when a page shows several forms with the same field names. */
  idPrefix?: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? "";
  const error = (name: string) => state.fieldErrors?.[name];
  // React 19 resets a form after its action: remount with the values just submitted.
  const key = JSON.stringify(state.values ?? initial);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={key} aria-label={label}>
      <FormMessage message={state.message} ok={state.ok} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className={`grid grid-cols-1 gap-x-6 gap-y-1 ${columns === 2 ? "md:grid-cols-2" : ""}`}>
        {fields.map((field) => {
          const span = field.wide && columns === 2 ? "md:col-span-2" : "";
          switch (field.kind) {
            case "textarea":
              return (
                <div key={field.name} className={span}>
                  <TextArea id={`${idPrefix}-${field.name}`} name={field.name} label={field.label} error={error(field.name)} required={field.required} rows={field.rows} defaultValue={value(field.name)} />
                </div>
              );
            case "select":
              return (
                <SelectField
                  key={field.name}
                  id={`${idPrefix}-${field.name}`}
                  className={span}
                  name={field.name}
                  label={field.label}
                  options={field.options}
                  placeholder={field.placeholder}
                  required={field.required}
                  defaultValue={value(field.name)}
                  error={error(field.name)}
                />
              );
            case "checkboxes":
              return (
                <div key={field.name} className={span}>
                  <Checkboxes id={`${idPrefix}-${field.name}`} name={field.name} label={field.label} options={field.options} error={error(field.name)} checked={value(field.name).split(",").filter(Boolean)} />
                </div>
              );
            default:
              return (
                <Field
                  key={field.name}
                  id={`${idPrefix}-${field.name}`}
                  className={span}
                  name={field.name}
                  type={field.kind}
                  label={field.label}
                  hint={field.hint}
                  required={field.required}
                  defaultValue={value(field.name)}
                  error={error(field.name)}
                  autoComplete="off"
                />
              );
          }
        })}
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton label={submit} pendingLabel={saving} />
        {cancel ? (
          <Link href={cancel.href} className="text-brand-700 hover:underline">
            {cancel.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
