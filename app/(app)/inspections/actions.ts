"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import {
  addInspectionTeamMember,
  addRecommendation,
  addRecommendationFollowUp,
  completeInspectionPlan,
  createInspectionPlan,
  issueInspectionPlan,
  recordInspectionVisit,
  removeInspectionTeamMember,
} from "@/lib/data/inspections";
import { getTranslator } from "@/lib/i18n/server";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";
import { IdSchema } from "@/lib/validation/fields";
import { FollowUpSchema, InspectionPlanSchema, RecommendationSchema, TeamMemberSchema, VisitSchema } from "@/lib/validation/inspections";

/** The id a form carries in a hidden field; scoping decides whether it may be used. */
async function formId(formData: FormData, name: string): Promise<string | FormState> {
  const id = IdSchema.safeParse(formData.get(name));
  if (id.success) return id.data;
  return { message: (await getTranslator())("common.notFound"), values: submittedValues(formData) };
}

export async function createInspectionPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const targetUnitIds = formData.getAll("targetUnitIds").filter((v): v is string => typeof v === "string");
  const echo = (state: FormState): FormState => ({ ...state, values: { ...state.values, targetUnitIds: targetUnitIds.join(",") } });
  const parsed = InspectionPlanSchema.safeParse({ ...Object.fromEntries(formData), targetUnitIds });
  if (!parsed.success) return echo(invalidForm(parsed.error, t, formData));
  let id: string;
  try {
    ({ id } = await createInspectionPlan(viewer, parsed.data));
  } catch (error) {
    return echo(failedForm(error, t, formData));
  }
  revalidatePath("/inspections");
  redirect(`/inspections/${id}?saved=created`);
}

export async function addTeamMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const planId = await formId(formData, "planId");
  if (typeof planId !== "string") return planId;
  const parsed = TeamMemberSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await addInspectionTeamMember(viewer, planId, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/inspections/${planId}`);
  redirect(`/inspections/${planId}?saved=memberAdded`);
}

export async function removeTeamMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const memberId = await formId(formData, "memberId");
  if (typeof memberId !== "string") return memberId;
  let planId: string;
  try {
    ({ planId } = await removeInspectionTeamMember(viewer, memberId));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/inspections/${planId}`);
  redirect(`/inspections/${planId}?saved=memberRemoved`);
}

export async function issueInspectionPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const id = await formId(formData, "id");
  if (typeof id !== "string") return id;
  try {
    await issueInspectionPlan(viewer, id);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/inspections");
  redirect(`/inspections/${id}?saved=issued`);
}

export async function completeInspectionPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const id = await formId(formData, "id");
  if (typeof id !== "string") return id;
  try {
    await completeInspectionPlan(viewer, id);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/inspections");
  redirect(`/inspections/${id}?saved=completed`);
}

export async function recordVisitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const planId = await formId(formData, "planId");
  if (typeof planId !== "string") return planId;
  const parsed = VisitSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let id: string;
  try {
    ({ id } = await recordInspectionVisit(viewer, planId, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/inspections/${planId}`);
  redirect(`/inspections/visits/${id}?saved=visit`);
}

export async function addRecommendationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const visitId = await formId(formData, "visitId");
  if (typeof visitId !== "string") return visitId;
  const parsed = RecommendationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await addRecommendation(viewer, visitId, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/inspections/visits/${visitId}`);
  revalidatePath("/inspections/recommendations");
  redirect(`/inspections/visits/${visitId}?saved=recommendation`);
}

export async function addFollowUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const recommendationId = await formId(formData, "recommendationId");
  if (typeof recommendationId !== "string") return recommendationId;
  const parsed = FollowUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let visitId: string;
  try {
    ({ visitId } = await addRecommendationFollowUp(viewer, recommendationId, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/inspections/visits/${visitId}`);
  revalidatePath("/inspections/recommendations");
  redirect(`/inspections/visits/${visitId}?saved=followUp`);
}
