"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { createLearner, DuplicateCitizenIdError, updateLearner } from "@/lib/data/learners";
import type { Translator } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { LearnerIdSchema, LearnerSchema } from "@/lib/validation/learners";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";

/** A learner form's state: a duplicate citizen ID also names the learner who holds it, when in scope. */
export type LearnerFormState = FormState & { duplicateOf?: { id: string; fullName: string } };

function learnerFailure(error: unknown, t: Translator, formData: FormData): LearnerFormState {
  if (error instanceof DuplicateCitizenIdError) {
    return {
      message: t("common.formHasErrors"),
      fieldErrors: { citizenId: t("training.learners.duplicateCitizenId") },
      values: submittedValues(formData),
      duplicateOf: error.existing ?? undefined,
    };
  }
  return failedForm(error, t, formData);
}

export async function createLearnerAction(_state: LearnerFormState, formData: FormData): Promise<LearnerFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = LearnerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let id: string;
  try {
    ({ id } = await createLearner(viewer, parsed.data));
  } catch (error) {
    return learnerFailure(error, t, formData);
  }
  revalidatePath("/learners");
  redirect(`/learners/${id}?saved=created`);
}

export async function updateLearnerAction(_state: LearnerFormState, formData: FormData): Promise<LearnerFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const id = LearnerIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { message: t("common.notFound"), values: submittedValues(formData) };
  const parsed = LearnerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await updateLearner(viewer, id.data, parsed.data);
  } catch (error) {
    return learnerFailure(error, t, formData);
  }
  revalidatePath("/learners");
  revalidatePath(`/learners/${id.data}`);
  redirect(`/learners/${id.data}?saved=updated`);
}
