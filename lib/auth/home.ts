import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n";
import { can, type Permission } from "./permissions";

const HOME: Record<Role, string> = {
  ADMIN: "/admin",
  SCHOOL_LEADERSHIP: "/school",
  TRAINING_OFFICE: "/school",
  LECTURER: "/lecturer",
  CENTER_STAFF: "/center",
  PROVINCIAL_BOARD: "/board",
};

/** Where a role lands after signing in; an unknown role lands on the public page. */
export function homePath(role: string): string {
  return HOME[role as Role] ?? "/";
}

export interface NavItem {
  href: string;
  label: MessageKey;
  permission?: Permission;
}

// Only pages that exist are listed; each is shown to the roles that hold its permission.
const NAV_ITEMS: NavItem[] = [
  { href: "/plans", label: "nav.plans", permission: "plans.read" },
  { href: "/progress", label: "nav.planProgress", permission: "dashboards.read" },
  { href: "/classes", label: "nav.classes", permission: "classes.read" },
  { href: "/learners", label: "nav.learners", permission: "learners.read" },
  { href: "/learners/import", label: "nav.importLearners", permission: "learners.write" },
  { href: "/inspections", label: "nav.inspections", permission: "inspections.read" },
  { href: "/cluster-reports", label: "nav.clusterReports", permission: "clusterReports.read" },
  { href: "/admin/users", label: "nav.users", permission: "users.manage" },
  { href: "/admin/units", label: "nav.units", permission: "units.manage" },
  { href: "/admin/audit", label: "nav.audit", permission: "audit.read" },
];

export function navigationFor(role: Role): NavItem[] {
  return [{ href: homePath(role), label: "nav.home" }, ...NAV_ITEMS.filter((item) => !item.permission || can({ role }, item.permission))];
}
