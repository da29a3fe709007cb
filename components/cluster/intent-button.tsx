"use client";

import { useFormStatus } from "react-dom";

/** A submit button that says which of a form's two intents (save a draft, submit) was chosen. */
export function IntentButton({ intent, label, pendingLabel, primary = false }: { intent: "save" | "submit"; label: string; pendingLabel: string; primary?: boolean }) {
  const { pending } = useFormStatus();
  const look = primary
    ? "bg-brand-700 text-white hover:bg-brand-800"
    : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50";
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 font-semibold shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60 ${look}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
