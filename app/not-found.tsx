import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("common.notFound")}</h1>
      <p className="mt-2 text-slate-600">{t("common.notFoundHint")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">{t("common.backHome")}</Link>
    </main>
  );
}
