"use server";

import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/home";
import { changeOwnPassword } from "@/lib/data/auth";
import { getTranslator } from "@/lib/i18n/server";
import { ChangePasswordSchema } from "@/lib/validation/account";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const t = await getTranslator();
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await changeOwnPassword(viewer, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  if (viewer.mustChangePassword) redirect(homePath(viewer.role));
  return { ok: true, message: t("auth.changePassword.done") };
}
