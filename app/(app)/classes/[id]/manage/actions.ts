"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { addSession, assignLecturer, removeAssignment, removeSession, transitionClass, updateClassPlanning } from "@/lib/data/class-planning";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { AssignmentSchema, ClassItemRefSchema, ClassPlanningSchema, ClassTransitionSchema, SessionSchema } from "@/lib/validation/class-planning";
import { IdSchema } from "@/lib/validation/fields";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";

async function done(classId: string, key: MessageKey): Promise<FormState> {
  revalidatePath(`/classes/${classId}/manage`);
  revalidatePath(`/classes/${classId}`);
  revalidatePath("/classes");
  revalidatePath("/plans", "layout");
  return { ok: true, message: (await getTranslator())(key) };
}

export async function updateClassPlanningAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const id = IdSchema.safeParse(formData.get("classId"));
  if (!id.success) return { message: t("common.notFound") };
  const parsed = ClassPlanningSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await updateClassPlanning(viewer, id.data, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(id.data, "plans.classes.saved");
}

export async function transitionClassAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClassTransitionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await transitionClass(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  await done(parsed.data.classId, "plans.classes.saved");
  // The button just used is gone from the page in its new status, so the page itself says what happened.
  redirect(`/classes/${parsed.data.classId}/manage?done=${parsed.data.to}`);
}

export async function assignLecturerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = AssignmentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await assignLecturer(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.classId, "plans.classes.assigned");
}

export async function removeAssignmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClassItemRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await removeAssignment(viewer, parsed.data.classId, parsed.data.itemId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.classId, "plans.classes.unassigned");
}

export async function addSessionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = SessionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await addSession(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.classId, "plans.classes.session.added");
}

export async function removeSessionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClassItemRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await removeSession(viewer, parsed.data.classId, parsed.data.itemId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.classId, "plans.classes.session.removed");
}
