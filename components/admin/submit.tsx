"use client";

import { useFormStatus } from "react-dom";

/** An outlined submit button for secondary or cautionary actions; disabled while its form is pending. */
export function SecondarySubmitButton({ label, pendingLabel, tone = "brand", ariaLabel }: { label: string; pendingLabel: string; tone?: "brand" | "danger"; ariaLabel?: string }) {
  const { pending } = useFormStatus();
  const colors = tone === "danger" ? "border-red-300 text-red-800 hover:bg-red-50" : "border-brand-700 text-brand-800 hover:bg-brand-50";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={ariaLabel}
      title={ariaLabel}
      className={`rounded-md border bg-white px-3 py-1.5 font-medium shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60 ${colors}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
