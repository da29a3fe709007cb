"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { ASSIGNMENT_COOKIE, getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/home";

export async function signOutAction() {
  (await cookies()).delete(ASSIGNMENT_COOKIE);
  await signOut({ redirectTo: "/sign-in" });
}

const SwitchRoleSchema = z.object({ assignmentId: z.string().min(1).max(64) });

/** Acts in another of the user's own role assignments; an id that is not the user's changes nothing. */
export async function switchRoleAction(formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const parsed = SwitchRoleSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  const choice = parsed.success ? viewer.choices.find((c) => c.assignmentId === parsed.data.assignmentId) : undefined;
  if (!choice) redirect(homePath(viewer.role));
  (await cookies()).set(ASSIGNMENT_COOKIE, choice.assignmentId, { path: "/", httpOnly: true, sameSite: "lax" });
  redirect(homePath(choice.role));
}
