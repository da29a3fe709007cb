"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";

type Option = { value: string; label: string };

/** One field of a form, described by the server page that knows its translated labels. */
export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "number" | "date"; name: string; label: string; defaultValue?: string; required?: boolean; hint?: string; min?: number; wide?: boolean }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string; required?: boolean; rows?: number; wide?: boolean }
  | { kind: "select"; name: string; label: string; options: Option[]; placeholder?: string; defaultValue?: string; required?: boolean; wide?: boolean }
  /** Several values under one name; `defaultValue` lists the ticked ones, comma-separated. */
  | { kind: "checkboxes"; name: string; label: string; options: Option[]; defaultValue?: string; wide?: boolean };

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

/**
 * A form bound to a server action returning FormState: field errors next to their fields, the form's message
 * above, typed values kept after a refused submit and cleared after a successful one.
 *
 * `density` keeps the two spacings the screens were designed with: "regular" (plans and classes) and
 * "compact" (inspections, whose field grid is always laid out, even when a form has only a button).
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  cancel,
  columns = 2,
  inline = false,
  density = "regular",
  ariaLabel,
  idPrefix = "field",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  cancel?: { href: string; label: string };
  columns?: 1 | 2 | 3;
  /** A form set inside a table cell or a list: tighter spacing (regular density only). */
  inline?: boolean;
  density?: "regular" | "compact";
  ariaLabel?: string;
  /** Needed when several forms with the same fields share a page: field ids must be unique. */
  idPrefix?: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const kept = state.ok ? undefined : state.values;
  const value = (name: string, fallback?: string) => kept?.[name] ?? fallback ?? "";
  const error = (name: string) => state.fieldErrors?.[name];
  const visible = fields.filter((f): f is Exclude<FieldSpec, { kind: "hidden" }> => f.kind !== "hidden");
  // A key that changes with each result (or new defaults) remounts the fields with the values to show:
  // selects keep their defaultValue only on mount, and React 19 resets a form after its action.
  const key = JSON.stringify([state, visible.map((f) => f.defaultValue ?? null)]);
  const compact = density === "compact";
  const grid = columns === 1 ? "" : columns === 2 ? "md:grid-cols-2" : "md:grid-cols-3";
  const gap = compact ? "gap-3" : inline ? "gap-2" : "gap-4";
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} key={key} noValidate aria-label={ariaLabel} className={`flex flex-col ${gap}`}>
      <FormMessage message={state.message} ok={state.ok} />
      {fields.map((f) => (f.kind === "hidden" ? <input key={f.name} type="hidden" name={f.name} value={f.value} /> : null))}
      {visible.length > 0 || compact ? (
        <div className={`grid grid-cols-1 gap-x-6 ${compact ? "gap-y-1" : "gap-y-2"} ${grid}`}>
          {visible.map((f) => {
            const span = f.wide && columns !== 1 ? "md:col-span-2" : "";
            switch (f.kind) {
              case "textarea":
                return (
                  <div key={f.name} className={span}>
                    <TextArea id={id(f.name)} name={f.name} label={f.label} error={error(f.name)} required={f.required} rows={f.rows} defaultValue={value(f.name, f.defaultValue)} />
                  </div>
                );
              case "checkboxes":
                return (
                  <div key={f.name} className={span}>
                    <Checkboxes id={id(f.name)} name={f.name} label={f.label} options={f.options} error={error(f.name)} checked={value(f.name, f.defaultValue).split(",").filter(Boolean)} />
                  </div>
                );
              case "select":
                return (
                  <SelectField
                    key={f.name}
                    id={id(f.name)}
                    className={span}
                    name={f.name}
                    label={f.label}
                    options={f.options}
                    placeholder={f.placeholder}
                    defaultValue={value(f.name, f.defaultValue)}
                    error={error(f.name)}
                    required={f.required}
                  />
                );
              default:
                return (
                  <Field
                    key={f.name}
                    id={id(f.name)}
                    className={span}
                    name={f.name}
                    type={f.kind}
                    label={f.label}
                    defaultValue={value(f.name, f.defaultValue)}
                    error={error(f.name)}
                    required={f.required}
                    hint={f.hint}
                    min={f.min}
                    inputMode={f.kind === "number" ? "numeric" : undefined}
                    autoComplete="off"
                  />
                );
            }
          })}
        </div>
      ) : null}
      {error("form") ? <p className="text-sm text-red-700">{error("form")}</p> : null}
      <div className={compact || cancel ? "flex items-center gap-3" : undefined}>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
        {cancel ? (
          <Link href={cancel.href} className="text-brand-700 hover:underline">
            {cancel.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
