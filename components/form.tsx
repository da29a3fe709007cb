"use client";

import { useFormStatus } from "react-dom";
import type { ComponentProps, ReactNode } from "react";

export function SubmitButton({ label, pendingLabel, className = "" }: { label: string; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md bg-brand-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60 ${className}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

type InputProps = Omit<ComponentProps<"input">, "name"> & {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error is announced and tied to it. */
export function Field({ name, label, error, hint, id, className = "", ...input }: InputProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
        {...input}
      />
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <p id={errorId} aria-live="polite" className="min-h-0 text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

type SelectProps = Omit<ComponentProps<"select">, "name"> & {
  name: string;
  label: string;
  error?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ name, label, error, options, placeholder, id, className = "", ...select }: SelectProps) {
  const selectId = id ?? `field-${name}`;
  const errorId = `${selectId}-error`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

/** The form-level message: an error (role=alert) or a confirmation (role=status). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      data-testid="form-message"
      className={`rounded-md border px-3 py-2 text-sm ${ok ? "border-emerald-300 bg-emerald-50 text-emerald-800" : "border-red-300 bg-red-50 text-red-800"}`}
    >
      {message}
    </p>
  );
}
