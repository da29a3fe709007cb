"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { addPlanLine, approvePlan, createPlan, deletePlanLine, recordLineOutcome, submitPlan, updatePlanLine } from "@/lib/data/plans";
import type { MessageKey } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { IdSchema } from "@/lib/validation/fields";
import { LineOutcomeSchema, PlanLineRefSchema, PlanLineSchema, PlanRefSchema, PlanSchema } from "@/lib/validation/plans";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";

async function done(planId: string, key: MessageKey): Promise<FormState> {
  revalidatePath("/plans");
  revalidatePath(`/plans/${planId}`);
  return { ok: true, message: (await getTranslator())(key) };
}

export async function createPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = PlanSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let id: string;
  try {
    ({ id } = await createPlan(viewer, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/plans");
  redirect(`/plans/${id}`);
}

export async function addPlanLineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = PlanLineSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await addPlanLine(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.planId, "plans.detail.lineAdded");
}

export async function updatePlanLineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const lineId = IdSchema.safeParse(formData.get("lineId"));
  if (!lineId.success) return { message: t("common.notFound") };
  const parsed = PlanLineSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await updatePlanLine(viewer, lineId.data, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.planId, "plans.detail.lineSaved");
}

export async function deletePlanLineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = PlanLineRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await deletePlanLine(viewer, parsed.data.planId, parsed.data.lineId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.planId, "plans.detail.lineDeleted");
}

export async function submitPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = PlanRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await submitPlan(viewer, parsed.data.planId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  // The submit button is gone from the submitted plan's page, so the page itself says what happened.
  revalidatePath("/plans");
  redirect(`/plans/${parsed.data.planId}?done=submitted`);
}

export async function approvePlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = PlanRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await approvePlan(viewer, parsed.data.planId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/plans");
  redirect(`/plans/${parsed.data.planId}?done=approved`);
}

export async function recordLineOutcomeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = LineOutcomeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await recordLineOutcome(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  return done(parsed.data.planId, "plans.detail.outcomeSaved");
}
