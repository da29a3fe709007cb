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

/** The end of a report form: what submitting means, then "save a draft" and "submit". */
export function SaveOrSubmitButtons({ labels }: { labels: { save: string; saving: string; submit: string; submitting: string; submitHint: string } }) {
  return (
    <>
      <p className="text-sm text-slate-600">{labels.submitHint}</p>
      <div className="flex flex-wrap gap-3">
        <IntentButton intent="save" label={labels.save} pendingLabel={labels.saving} />
        <IntentButton intent="submit" label={labels.submit} pendingLabel={labels.submitting} primary />
      </div>
    </>
  );
}
