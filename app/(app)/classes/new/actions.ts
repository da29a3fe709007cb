"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { createClass } from "@/lib/data/class-planning";
import { getTranslator } from "@/lib/i18n/server";
import { ClassPlanningSchema } from "@/lib/validation/class-planning";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";

export async function createClassAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClassPlanningSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let id: string;
  try {
    ({ id } = await createClass(viewer, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/classes");
  revalidatePath("/plans", "layout");
  redirect(`/classes/${id}/manage`);
}
