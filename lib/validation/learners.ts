import { z } from "zod";
import { IsoDaySchema, OptionalIsoDaySchema, optionalText, parseIsoDate, requiredText, todayInVietnam } from "./fields";

export const GENDERS = ["MALE", "FEMALE"] as const;
export const PARTY_MEMBERSHIPS = ["NONE", "PROBATIONARY", "OFFICIAL"] as const;
export const EDUCATION_LEVELS = ["UPPER_SECONDARY", "VOCATIONAL", "COLLEGE", "BACHELOR", "MASTER", "DOCTOR"] as const;
export const THEORY_LEVELS = ["NONE", "SO_CAP", "TRUNG_CAP", "CAO_CAP", "CU_NHAN"] as const;

/** The earliest birth date the database accepts (Learner_birthDate_range). */
const EARLIEST_BIRTH_DATE = "1900-01-02";

/** The fields of a learner's form, shared by the form (names) and the actions. */
export const LearnerSchema = z
  .object({
    fullName: requiredText(120)
      .transform((value) => value.normalize("NFC").replace(/\s+/g, " "))
      .refine((value) => /\p{L}/u.test(value), "training.validation.fullName"),
    citizenId: z.string("validation.required").trim().min(1, "validation.required").regex(/^[0-9]{12}$/, "validation.citizenId"),
    birthDate: IsoDaySchema
      .refine((value) => value < todayInVietnam(), "training.validation.birthDatePast")
      .refine((value) => value >= EARLIEST_BIRTH_DATE, "training.validation.birthDateRange"),
    gender: z.enum(GENDERS, "validation.choose"),
    ethnicity: requiredText(50),
    partyMembership: z.enum(PARTY_MEMBERSHIPS, "validation.choose"),
    partyJoinDate: OptionalIsoDaySchema.refine((value) => value === null || value <= todayInVietnam(), "training.validation.notFuture"),
    education: z
      .union([z.literal(""), z.enum(EDUCATION_LEVELS)], "validation.choose")
      .optional()
      .transform((value) => (value ? value : null)),
    theoryLevel: z.enum(THEORY_LEVELS, "validation.choose"),
    position: optionalText(200),
    workplace: optionalText(200),
    phone: optionalText(20).refine((value) => value === null || /^[0-9+ .()-]{8,20}$/.test(value), "training.validation.phone"),
    email: optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, "validation.email"),
  })
  .superRefine((value, ctx) => {
    if (value.partyJoinDate && value.partyMembership === "NONE") {
      ctx.addIssue({ code: "custom", path: ["partyJoinDate"], message: "training.validation.joinDateWithoutMembership" });
    }
    if (value.partyJoinDate && value.partyJoinDate <= value.birthDate) {
      ctx.addIssue({ code: "custom", path: ["partyJoinDate"], message: "training.validation.joinDateAfterBirth" });
    }
  })
  .transform((value) => ({
    ...value,
    birthDate: parseIsoDate(value.birthDate) as Date,
    partyJoinDate: value.partyJoinDate ? parseIsoDate(value.partyJoinDate) : null,
  }));

export type LearnerInput = z.output<typeof LearnerSchema>;

/** The id of the learner an edit form is about; scoping decides whether it may be changed. */
export const LearnerIdSchema = z.string().trim().min(1, "validation.required").max(64, "validation.invalid");

/** The list's search parameters; anything malformed is ignored rather than refused. */
export const LearnerFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type LearnerFilter = z.output<typeof LearnerFilterSchema>;
