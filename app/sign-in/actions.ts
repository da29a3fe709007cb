"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, SignInRefused } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n/server";
import { invalidForm, submittedValues, type FormState } from "@/lib/validation/form";

const SignInSchema = z.object({
  identifier: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslator();
  const parsed = SignInSchema.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    // On success signIn redirects (throws NEXT_REDIRECT) to "/", which sends the viewer to its role's home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof SignInRefused ? error.code : String((error as { code?: string }).code ?? "");
    const [reason, minutes] = code.split(":");
    const message =
      reason === "locked"
        ? t("auth.errors.locked", { minutes: minutes ?? "15" })
        : reason === "inactive"
          ? t("auth.errors.inactive")
          : reason === "noRole"
            ? t("auth.errors.noRole")
            : t("auth.errors.invalid");
    return { message, values: submittedValues(formData) };
  }
}
