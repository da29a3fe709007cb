import { notFound } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireViewer } from "@/lib/auth/session";
import { getHomeSummary } from "@/lib/data/dashboard";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { RoleHome } from "@/components/role-home";

/** The home page of the given roles; anyone else is told it does not exist. */
export async function RoleHomePage({ roles }: { roles: Role[] }) {
  const viewer = await requireViewer();
  if (!roles.includes(viewer.role)) notFound();
  return <RoleHome viewer={viewer} summary={await getHomeSummary(viewer)} t={await getTranslator()} locale={await getLocale()} />;
}
