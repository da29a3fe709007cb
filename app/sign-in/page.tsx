import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/home";
import { getTranslator } from "@/lib/i18n/server";
import { PublicFrame } from "@/components/public-frame";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.signIn.title") };
}

export default async function SignInPage() {
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer.role));
  const t = await getTranslator();
  return (
    <PublicFrame>
      <section className="mx-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-1 text-2xl font-bold text-slate-900">{t("auth.signIn.title")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("auth.signIn.intro")}</p>
        <SignInForm
          labels={{
            identifier: t("auth.signIn.identifier"),
            password: t("auth.signIn.password"),
            submit: t("auth.signIn.submit"),
            submitting: t("auth.signIn.submitting"),
          }}
        />
      </section>
    </PublicFrame>
  );
}
