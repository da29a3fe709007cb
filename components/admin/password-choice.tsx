"use client";

import { useState } from "react";
import { Field } from "@/components/form";
import { createTranslator, type Locale } from "@/lib/i18n";

/** Generate a temporary password (the default) or type one; the password field shows only for the latter. */
export function PasswordChoice({ locale, idPrefix, legend, error, modeError }: { locale: Locale; idPrefix: string; legend: string; error?: string; modeError?: string }) {
  const t = createTranslator(locale);
  const [mode, setMode] = useState<"generate" | "manual">("generate");
  const option = (value: "generate" | "manual", label: string) => (
    <label className="flex items-center gap-2 text-slate-800">
      <input
        type="radio"
        name="mode"
        value={value}
        checked={mode === value}
        onChange={() => setMode(value)}
        className="h-4 w-4 accent-brand-700"
      />
      {label}
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      {option("generate", t("admin.users.fields.modeGenerate"))}
      {option("manual", t("admin.users.fields.modeManual"))}
      {modeError ? <p className="text-sm text-red-700">{modeError}</p> : null}
      {mode === "manual" ? (
        <Field
          id={`${idPrefix}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("admin.users.fields.password")}
          hint={t("admin.users.fields.passwordHint")}
          error={error}
        />
      ) : null}
    </fieldset>
  );
}

/** The temporary password after a create or a reset, shown once. */
export function TemporaryPassword({ locale, password }: { locale: Locale; password: string }) {
  const t = createTranslator(locale);
  return (
    <div className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <p className="text-sm font-medium">{t("admin.users.temporaryPassword.label")}</p>
      <p className="my-1">
        <code data-testid="temporary-password" className="select-all rounded bg-white px-2 py-1 font-mono text-lg tracking-wider">
          {password}
        </code>
      </p>
      <p className="text-sm">{t("admin.users.temporaryPassword.shownOnce")}</p>
    </div>
  );
}
