import Link from "next/link";
import type { ReactNode } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { navigationFor } from "@/lib/auth/home";
import type { Locale, Translator } from "@/lib/i18n";
import { signOutAction, switchRoleAction } from "@/app/(app)/actions";
import { LocaleSwitch } from "./locale-switch";

/** The frame every signed-in page shares: the unit and the user above, navigation by role beside. */
export function AppShell({ viewer, t, locale, children }: { viewer: Viewer; t: Translator; locale: Locale; children: ReactNode }) {
  const items = navigationFor(viewer.role);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("common.skipToContent")}
      </a>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="flex flex-col leading-tight">
            <span className="text-lg font-bold">{t("common.appName")}</span>
            <span className="text-xs opacity-90" data-testid="viewer-unit">{viewer.unitName}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <span data-testid="viewer-name" title={t("nav.signedInAs", { name: viewer.username })}>
              {viewer.fullName} · {t(`domain.role.${viewer.role}`)}
            </span>
            {viewer.choices.length > 1 ? (
              <form action={switchRoleAction} className="flex items-center gap-1">
                <label htmlFor="assignmentId" className="sr-only">{t("nav.switchRole")}</label>
                <select id="assignmentId" name="assignmentId" defaultValue={viewer.assignmentId} className="rounded bg-white px-2 py-1 text-slate-900">
                  {viewer.choices.map((c) => (
                    <option key={c.assignmentId} value={c.assignmentId}>
                      {t(`domain.role.${c.role}`)} · {c.unitName}
                    </option>
                  ))}
                </select>
                <button type="submit" className="rounded border border-white/40 px-2 py-1 hover:bg-white/10">{t("nav.switchRole")}</button>
              </form>
            ) : null}
            <LocaleSwitch locale={locale} label={t("common.language")} />
            <Link href="/account/password" className="hover:underline">{t("nav.changePassword")}</Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white/40 px-3 py-1 hover:bg-white/10">{t("common.signOut")}</button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("nav.main")} className="md:w-56 md:shrink-0">
          <ul className="flex flex-row flex-wrap gap-1 md:flex-col">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded-md px-3 py-2 text-slate-700 hover:bg-brand-50 hover:text-brand-800">
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
