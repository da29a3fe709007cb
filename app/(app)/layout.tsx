import type { ReactNode } from "react";
import { requireViewer } from "@/lib/auth/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { AppShell } from "@/components/app-shell";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <AppShell viewer={viewer} t={await getTranslator()} locale={await getLocale()}>
      {children}
    </AppShell>
  );
}
