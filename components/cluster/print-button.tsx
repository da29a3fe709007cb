"use client";

/** Opens the browser's print dialog (which also saves the document as PDF). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md bg-brand-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-800">
      {label}
    </button>
  );
}
