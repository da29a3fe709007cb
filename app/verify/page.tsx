import type { Metadata } from "next";
import { z } from "zod";
import { verifyCertificate } from "@/lib/data/certificates";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { PublicFrame } from "@/components/public-frame";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("verify.title") };
}

const CodeSchema = z.string().trim().min(6).max(40).regex(/^[A-Za-z0-9-]+$/);

/** Public: anyone holding a certificate's code can check it, without signing in. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [t, locale] = [await getTranslator(), await getLocale()];
  const raw = (await searchParams).code;
  const parsed = raw === undefined ? null : CodeSchema.safeParse(raw);
  const certificate = parsed?.success ? await verifyCertificate(parsed.data) : null;
  const rows = certificate
    ? ([
        [t("verify.learner"), certificate.learnerName],
        [t("verify.birthYear"), String(certificate.birthYear)],
        [t("verify.program"), certificate.programName],
        [t("verify.className"), certificate.className],
        [t("verify.classification"), t(`domain.classification.${certificate.classification}` as Parameters<typeof t>[0])],
        [t("verify.serialNumber"), certificate.serialNumber],
        [t("verify.registerNumber"), certificate.registerNumber],
        [t("verify.issuedAt"), formatDate(certificate.issuedAt, locale)],
        [t("verify.issuedBy"), certificate.issuedBy],
      ] as const)
    : [];
  return (
    <PublicFrame>
      <section className="mx-auto w-full max-w-xl rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">{t("verify.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("verify.intro")}</p>
        <form method="get" className="mt-6 flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="code" className="text-sm font-medium text-slate-700">{t("verify.code")}</label>
            <input id="code" name="code" defaultValue={raw ?? ""} required className="rounded-md border border-slate-300 px-3 py-2 uppercase shadow-sm" />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("verify.submit")}</button>
        </form>
        {raw !== undefined && !certificate ? <p role="status" className="mt-6 rounded-md bg-amber-50 p-3 text-amber-900">{t("verify.notFound")}</p> : null}
        {certificate ? (
          <div className="mt-6" role="status">
            <p className={`mb-3 rounded-md p-3 font-semibold ${certificate.revoked ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
              {certificate.revoked ? t("verify.revoked") : t("verify.valid")} — {t(`verify.kind.${certificate.kind}`)}
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
      </section>
    </PublicFrame>
  );
}
