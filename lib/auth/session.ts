import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/data/auth";
import { auth } from "./index";
import { can, type Permission } from "./permissions";
import type { Viewer } from "./viewer-types";

/** The cookie that holds which of the user's role assignments is in use. */
export const ASSIGNMENT_COOKIE = "assignment";

/** The signed-in viewer, read once per request; null when signed out or no longer allowed in. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadViewer(userId, (await cookies()).get(ASSIGNMENT_COOKIE)?.value);
});

/** For pages: the viewer, or a redirect to sign in (or to change a reset password first). */
export async function requireViewer(options: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return viewer;
}

/**
 * For server actions: the viewer, or a redirect to sign in. Actions are public endpoints that can be posted
 * to without the page, so each checks for itself; a user who must change a reset password may do nothing
 * else first (as the pages enforce).
 */
export async function requireActionViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.mustChangePassword) redirect("/account/password");
  return viewer;
}

/** For pages that need a permission: a viewer without it sees the not-found page. */
export async function requirePagePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, permission)) {
    const { notFound } = await import("next/navigation");
    notFound();
  }
  return viewer;
}
