import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import "./globals.css";

// Every page depends on the session or the locale cookie; nothing is prerendered at build time, which also
// keeps `next build` from opening the embedded database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
