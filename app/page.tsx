import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/home";
import { getTranslator } from "@/lib/i18n/server";
import { PublicFrame } from "@/components/public-frame";

export default async function LandingPage() {
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer.role));
  const t = await getTranslator();
  return (
    <PublicFrame>
      <section className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold text-slate-900">{t("home.landing.title")}</h1>
        <p className="mt-4 text-lg text-slate-700">{t("home.landing.intro")}</p>
        <ul className="mt-6 list-disc space-y-2 pl-6 text-slate-700">
          <li>{t("home.landing.forSchool")}</li>
          <li>{t("home.landing.forCenter")}</li>
          <li>{t("home.landing.forBoard")}</li>
        </ul>
        <Link href="/sign-in" className="mt-8 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t("home.landing.cta")}
        </Link>
      </section>
    </PublicFrame>
  );
}
