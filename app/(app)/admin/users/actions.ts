"use server";

import { revalidatePath } from "next/cache";
import { requireActionViewer } from "@/lib/auth/session";
import { addRoleAssignment, createUser, removeRoleAssignment, resetUserPassword, setUserActive, unlockUser, updateUser } from "@/lib/data/users";
import { getTranslator } from "@/lib/i18n/server";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";
import {
  AddRoleSchema,
  CreateUserSchema,
  RemoveRoleSchema,
  ResetPasswordSchema,
  SetActiveSchema,
  UpdateUserSchema,
  UserIdSchema,
  type AccountFormState,
} from "@/lib/validation/users";

// Actions are public endpoints: each reads the viewer, validates, and leaves permission and scope to the
// data layer, which refuses anything outside the viewer's accounts.

function input(formData: FormData) {
  return Object.fromEntries(formData.entries());
}

function refreshAccount(userId?: string) {
  revalidatePath("/admin/users");
  if (userId) revalidatePath(`/admin/users/${userId}`);
}

export async function createUserAction(_state: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = CreateUserSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let created: Awaited<ReturnType<typeof createUser>>;
  try {
    created = await createUser(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount();
  return {
    ok: true,
    message: t("admin.users.create.done", { username: parsed.data.username }),
    userId: created.id,
    temporaryPassword: created.temporaryPassword ?? undefined,
  };
}

export async function updateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = UpdateUserSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await updateUser(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t("admin.users.edit.done"), values: submittedValues(formData) };
}

export async function addRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = AddRoleSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await addRoleAssignment(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t("admin.users.roles.added") };
}

export async function removeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = RemoveRoleSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await removeRoleAssignment(viewer, parsed.data.assignmentId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t("admin.users.roles.removed") };
}

export async function resetPasswordAction(_state: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ResetPasswordSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let result: Awaited<ReturnType<typeof resetUserPassword>>;
  try {
    result = await resetUserPassword(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t("admin.users.password.done"), temporaryPassword: result.temporaryPassword ?? undefined };
}

export async function unlockUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = UserIdSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await unlockUser(viewer, parsed.data.userId);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t("admin.users.lock.done") };
}

export async function setUserActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = SetActiveSchema.safeParse(input(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  try {
    await setUserActive(viewer, parsed.data.userId, parsed.data.active);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  refreshAccount(parsed.data.userId);
  return { ok: true, message: t(parsed.data.active ? "admin.users.activation.reactivated" : "admin.users.activation.deactivated") };
}
