import type { EducationLevel, Gender, PartyMembership, StudyMode } from "@/lib/generated/prisma/enums";

// Entry conditions of a class, from its rule version's `eligibility` JSON (QĐ 6468/QĐ-HVCTQG for Trung cấp:
// party members with a college degree or higher; men under 35 and women under 33 must study in the
// concentrated mode). Pure: the data layer reads the learner, the class and its rule version.

export const EDUCATION_ORDER: readonly EducationLevel[] = ["UPPER_SECONDARY", "VOCATIONAL", "COLLEGE", "BACHELOR", "MASTER", "DOCTOR"];

export interface EligibilityRules {
  requirePartyMember?: boolean;
  minEducation?: EducationLevel;
  concentratedAgeLimit?: { male?: number; female?: number };
  maxAge?: number;
}

export interface EligibilityLearner {
  birthDate: Date;
  gender: Gender;
  partyMembership: PartyMembership;
  education: EducationLevel | null;
}

export interface EligibilityClass {
  mode: StudyMode;
  /** Ages are counted on this day: the class's start date, or today for a class without one. */
  startDate: Date;
}

export type EligibilityRule = "partyMember" | "minEducation" | "concentratedAge" | "maxAge";

export interface FailedRule {
  rule: EligibilityRule;
  key: `enrolment.eligibility.${EligibilityRule}`;
  params: Record<string, string | number>;
}

const isEducation = (value: unknown): value is EducationLevel => typeof value === "string" && (EDUCATION_ORDER as readonly string[]).includes(value);
const isAge = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;

/** Reads the stored JSON defensively: an unknown or malformed condition is no condition. */
export function eligibilityRules(json: unknown): EligibilityRules {
  const raw = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  const limit = (typeof raw.concentratedAgeLimit === "object" && raw.concentratedAgeLimit !== null ? raw.concentratedAgeLimit : {}) as Record<string, unknown>;
  return {
    requirePartyMember: raw.requirePartyMember === true,
    minEducation: isEducation(raw.minEducation) ? raw.minEducation : undefined,
    concentratedAgeLimit: isAge(limit.male) || isAge(limit.female) ? { male: isAge(limit.male) ? limit.male : undefined, female: isAge(limit.female) ? limit.female : undefined } : undefined,
    maxAge: isAge(raw.maxAge) ? raw.maxAge : undefined,
  };
}

/** Full years from birth to a day (UTC calendar days, as @db.Date columns hold them). */
export function ageOn(birthDate: Date, day: Date): number {
  let age = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday = day.getUTCMonth() < birthDate.getUTCMonth() || (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** The conditions the learner does not meet for the class; empty when eligible. */
export function checkEligibility(rules: EligibilityRules, learner: EligibilityLearner, trainingClass: EligibilityClass): FailedRule[] {
  const failed: FailedRule[] = [];
  const age = ageOn(learner.birthDate, trainingClass.startDate);
  if (rules.requirePartyMember && learner.partyMembership === "NONE") {
    failed.push({ rule: "partyMember", key: "enrolment.eligibility.partyMember", params: {} });
  }
  if (rules.minEducation) {
    const required = EDUCATION_ORDER.indexOf(rules.minEducation);
    if (learner.education === null || EDUCATION_ORDER.indexOf(learner.education) < required) {
      failed.push({ rule: "minEducation", key: "enrolment.eligibility.minEducation", params: { level: rules.minEducation } });
    }
  }
  if (rules.concentratedAgeLimit && trainingClass.mode === "NON_CONCENTRATED") {
    const limit = learner.gender === "MALE" ? rules.concentratedAgeLimit.male : rules.concentratedAgeLimit.female;
    // "Under 35" must study concentrated: a man aged exactly 35 on the start day may join a non-concentrated class.
    if (limit !== undefined && age < limit) failed.push({ rule: "concentratedAge", key: "enrolment.eligibility.concentratedAge", params: { age, limit } });
  }
  if (rules.maxAge !== undefined && age > rules.maxAge) {
    failed.push({ rule: "maxAge", key: "enrolment.eligibility.maxAge", params: { age, limit: rules.maxAge } });
  }
  return failed;
}
