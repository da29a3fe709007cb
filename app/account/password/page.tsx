import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/home";
import { getTranslator } from "@/lib/i18n/server";
import { PublicFrame } from "@/components/public-frame";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.changePassword.title") };
}

// Outside the signed-in shell, so that a user who must change a reset password can reach nothing else.
export default async function ChangePasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  const t = await getTranslator();
  return (
    <PublicFrame>
      <section className="mx-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-2 text-2xl font-bold">{t("auth.changePassword.title")}</h1>
        {viewer.mustChangePassword ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("auth.changePassword.mustChange")}</p> : null}
        <ChangePasswordForm
          labels={{
            current: t("auth.changePassword.current"),
            next: t("auth.changePassword.next"),
            confirm: t("auth.changePassword.confirm"),
            submit: t("auth.changePassword.submit"),
            saving: t("common.saving"),
          }}
        />
        {viewer.mustChangePassword ? null : (
          <Link href={homePath(viewer.role)} className="mt-4 inline-block text-sm text-brand-700 hover:underline">{t("common.backHome")}</Link>
        )}
      </section>
    </PublicFrame>
  );
}
