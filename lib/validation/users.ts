import { z } from "zod";
import { Role, type UnitKind } from "@/lib/generated/prisma/enums";
import { PasswordSchema } from "./account";
import type { FormState } from "./form";
import { IdSchema, OptionalDaySchema, requiredText } from "./units";

// Account management: schemas shared by the forms and actions under app/(app)/admin/users, and the rules of
// who may grant which role in which kind of unit (enforced in lib/data/users.ts).

export const ROLES = Object.values(Role);

/**
 * The roles school leadership may grant, within its own school's units. The installation's administrators,
 * the provincial board and the political centers are not the school's to appoint: those accounts are given
 * by an administrator.
 */
export const LEADER_GRANTABLE_ROLES: readonly Role[] = ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "LECTURER"];

/** The roles a viewer acting in `role` may grant (and take away). */
export function grantableRoles(role: Role): readonly Role[] {
  switch (role) {
    case "ADMIN":
      return ROLES;
    case "SCHOOL_LEADERSHIP":
      return LEADER_GRANTABLE_ROLES;
    default:
      return [];
  }
}

/**
 * The kinds of unit each role is held in. The viewer's scope is computed from the unit (lib/data/auth.ts
 * loadViewer: a school role's school is the unit or its parent), so a role in the wrong kind of unit would
 * give an account a scope that makes no sense.
 */
export const ROLE_UNIT_KINDS: Record<Role, readonly UnitKind[]> = {
  ADMIN: ["ACADEMY", "PROVINCE", "BOARD", "SCHOOL", "FACULTY", "OFFICE", "CENTER"],
  SCHOOL_LEADERSHIP: ["SCHOOL"],
  TRAINING_OFFICE: ["SCHOOL", "OFFICE"],
  LECTURER: ["SCHOOL", "FACULTY", "OFFICE"],
  CENTER_STAFF: ["CENTER"],
  PROVINCIAL_BOARD: ["BOARD"],
};

export function roleFitsUnit(role: Role, kind: UnitKind): boolean {
  return ROLE_UNIT_KINDS[role].includes(kind);
}

/** Lower-case letters without diacritics, digits, dot, underscore, dash; 3–40 characters (validation.username). */
export const UsernameSchema = z
  .string("validation.required")
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .regex(/^[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]$/, "validation.username");

/** Optional; stored lower-case because sign-in compares it lower-cased. Empty → null. */
export const OptionalEmailSchema = z
  .preprocess((value) => value ?? "", z.string().trim().toLowerCase().max(200, "validation.tooLong"))
  .refine((text) => text === "" || z.email().safeParse(text).success, "validation.email")
  .transform((text) => (text === "" ? null : text));

export const FullNameSchema = requiredText(120);

const RoleSchema = z.enum(Role, "validation.choose");

/** "generate": a temporary password made by the server and shown once; "manual": typed by the administrator. */
const PasswordModeSchema = z.preprocess((value) => value ?? "generate", z.enum(["generate", "manual"], "validation.choose"));

/** Both ways give a password the user must change at the next sign-in. */
function withPasswordChoice<T extends { mode: "generate" | "manual"; password?: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.mode !== "manual") return;
  const result = PasswordSchema.safeParse(typeof value.password === "string" ? value.password : "");
  if (!result.success) ctx.addIssue({ code: "custom", path: ["password"], message: result.error.issues[0].message });
}

// Checked even when other fields are wrong, so that every mistake is shown at once.
const ALWAYS = { when: () => true };

export const CreateUserSchema = z
  .object({
    username: UsernameSchema,
    fullName: FullNameSchema,
    email: OptionalEmailSchema,
    role: RoleSchema,
    unitId: IdSchema,
    mode: PasswordModeSchema,
    password: z.string().max(200, "validation.tooLong").optional(),
  })
  .superRefine(withPasswordChoice, ALWAYS);
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({ userId: IdSchema, fullName: FullNameSchema, email: OptionalEmailSchema });
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export const AddRoleSchema = z.object({ userId: IdSchema, role: RoleSchema, unitId: IdSchema });
export type AddRoleInput = z.infer<typeof AddRoleSchema>;

/** `userId` only says which account page to refresh; the assignment decides whose role goes. */
export const RemoveRoleSchema = z.object({ assignmentId: IdSchema, userId: IdSchema });

export const ResetPasswordSchema = z
  .object({ userId: IdSchema, mode: PasswordModeSchema, password: z.string().max(200, "validation.tooLong").optional() })
  .superRefine(withPasswordChoice, ALWAYS);
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const UserIdSchema = z.object({ userId: IdSchema });

export const SetActiveSchema = z.object({
  userId: IdSchema,
  active: z.enum(["true", "false"], "validation.invalid").transform((value) => value === "true"),
});

// ── Search parameters of the list pages: a bad value is dropped, never an error page. ──

type SearchParams = Record<string, string | string[] | undefined>;

function first(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

const PageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export const USER_STATUSES = ["active", "inactive", "locked", "mustChange"] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

export function parseUserListQuery(params: SearchParams) {
  const role = RoleSchema.safeParse(first(params, "role"));
  const status = z.enum(USER_STATUSES).safeParse(first(params, "status"));
  return {
    q: first(params, "q")?.slice(0, 100),
    role: role.success ? role.data : undefined,
    unitId: IdSchema.safeParse(first(params, "unitId")).data,
    status: status.success ? status.data : undefined,
    page: PageSchema.parse(first(params, "page") ?? 1),
  };
}

/** The audit log's filter: dates are the calendar days people see (Vietnam time). */
export function parseAuditQuery(params: SearchParams) {
  const day = (key: string) => {
    const parsed = OptionalDaySchema.safeParse(first(params, key));
    return parsed.success ? (parsed.data ?? undefined) : undefined;
  };
  return {
    userId: IdSchema.safeParse(first(params, "userId")).data,
    entity: z.string().max(60).regex(/^[A-Za-z]+$/).safeParse(first(params, "entity")).data,
    entityId: z.string().max(64).safeParse(first(params, "entityId")).data,
    from: day("from"),
    to: day("to"),
    page: PageSchema.parse(first(params, "page") ?? 1),
  };
}

/** What the account forms return: the shared form state, plus a temporary password to show once. */
export interface AccountFormState extends FormState {
  temporaryPassword?: string;
  userId?: string;
}
