import { setLocaleAction } from "@/app/locale-actions";
import type { Locale } from "@/lib/i18n";

const LABELS: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

/** Two small buttons; the current language is marked, the other switches. */
export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={label}>
      {(Object.keys(LABELS) as Locale[]).map((value) => (
        <button
          key={value}
          type="submit"
          name="locale"
          value={value}
          aria-pressed={value === locale}
          className={`rounded px-2 py-1 ${value === locale ? "bg-white/20 font-semibold" : "opacity-80 hover:opacity-100 hover:underline"}`}
        >
          {LABELS[value]}
        </button>
      ))}
    </form>
  );
}
