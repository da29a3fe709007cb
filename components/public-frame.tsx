import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { LocaleSwitch } from "./locale-switch";

/** The frame of pages seen without signing in. */
export async function PublicFrame({ children }: { children: ReactNode }) {
  const [t, locale] = [await getTranslator(), await getLocale()];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="flex flex-col leading-tight">
            <span className="text-lg font-bold">{t("common.appName")}</span>
            <span className="text-xs opacity-90">{t("common.appSubtitle")}</span>
          </Link>
          <LocaleSwitch locale={locale} label={t("common.language")} />
        </div>
      </header>
      <main id="main" className="flex-1 px-4 py-10">
        {children}
      </main>
    </div>
  );
}
