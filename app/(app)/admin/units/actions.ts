"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { closeUnit, createUnit, renameUnit } from "@/lib/data/units";
import { getTranslator } from "@/lib/i18n/server";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";
import { CloseUnitSchema, CreateUnitSchema, RenameUnitSchema } from "@/lib/validation/units";

function input(formData: FormData) {
  return Object.fromEntries(formData.entries());
}

export async function createUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = CreateUnitSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let created: { id: string };
  try {
    created = await createUnit(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/admin/units");
  redirect(`/admin/units/${created.id}`);
}

export async function renameUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = RenameUnitSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await renameUnit(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/admin/units");
  revalidatePath(`/admin/units/${parsed.data.unitId}`);
  return { ok: true, message: t("admin.units.rename.done") };
}

export async function closeUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = CloseUnitSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await closeUnit(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/admin/units");
  revalidatePath(`/admin/units/${parsed.data.unitId}`);
  return { ok: true, message: t("admin.units.close.done") };
}
