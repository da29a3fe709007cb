import { describe, expect, it } from "vitest";
import { ageOn, checkEligibility, eligibilityRules, type EligibilityClass, type EligibilityLearner } from "@/lib/domain/eligibility";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TRUNG_CAP = eligibilityRules({ requirePartyMember: true, minEducation: "COLLEGE", concentratedAgeLimit: { male: 35, female: 33 } });
const NON_CONCENTRATED = { mode: "NON_CONCENTRATED" as const, startDate: day("2026-03-01") };
const CONCENTRATED = { mode: "CONCENTRATED" as const, startDate: day("2026-03-01") };

function learner(overrides: Partial<EligibilityLearner> = {}): EligibilityLearner {
  return { birthDate: day("1980-01-01"), gender: "MALE", partyMembership: "OFFICIAL", education: "BACHELOR", ...overrides };
}
const rules = (learnerOverrides: Partial<EligibilityLearner>, c: EligibilityClass = NON_CONCENTRATED) => checkEligibility(TRUNG_CAP, learner(learnerOverrides), c).map((f) => f.rule);

describe("ageOn", () => {
  it("counts full years, the birthday itself included", () => {
    expect(ageOn(day("1991-03-01"), day("2026-03-01"))).toBe(35);
    expect(ageOn(day("1991-03-02"), day("2026-03-01"))).toBe(34);
    expect(ageOn(day("1991-02-28"), day("2026-03-01"))).toBe(35);
  });
  it("treats 29 February births as turning a year older on 1 March in other years", () => {
    expect(ageOn(day("2000-02-29"), day("2026-02-28"))).toBe(25);
    expect(ageOn(day("2000-02-29"), day("2026-03-01"))).toBe(26);
  });
});

describe("eligibility", () => {
  it("accepts a learner who meets every condition", () => {
    expect(rules({})).toEqual([]);
  });

  it("requires party membership, probationary or official", () => {
    expect(rules({ partyMembership: "NONE" })).toEqual(["partyMember"]);
    expect(rules({ partyMembership: "PROBATIONARY" })).toEqual([]);
  });

  it("requires the minimum education, and an unknown education fails it", () => {
    expect(rules({ education: "VOCATIONAL" })).toEqual(["minEducation"]);
    expect(rules({ education: "UPPER_SECONDARY" })).toEqual(["minEducation"]);
    expect(rules({ education: "COLLEGE" })).toEqual([]);
    expect(rules({ education: "DOCTOR" })).toEqual([]);
    expect(rules({ education: null })).toEqual(["minEducation"]);
    const failure = checkEligibility(TRUNG_CAP, learner({ education: "VOCATIONAL" }), NON_CONCENTRATED)[0];
    expect(failure).toMatchObject({ key: "enrolment.eligibility.minEducation", params: { level: "COLLEGE" } });
  });

  it("keeps men under 35 out of a non-concentrated class; exactly 35 on the start day is allowed", () => {
    expect(rules({ birthDate: day("1991-03-01") })).toEqual([]);
    expect(rules({ birthDate: day("1991-03-02") })).toEqual(["concentratedAge"]);
    const failure = checkEligibility(TRUNG_CAP, learner({ birthDate: day("1991-03-02") }), NON_CONCENTRATED)[0];
    expect(failure.params).toEqual({ age: 34, limit: 35 });
  });

  it("keeps women under 33 out of a non-concentrated class; exactly 33 is allowed", () => {
    expect(rules({ gender: "FEMALE", birthDate: day("1993-03-01") })).toEqual([]);
    expect(rules({ gender: "FEMALE", birthDate: day("1993-03-02") })).toEqual(["concentratedAge"]);
    // A woman of 34 is fine, a man of 34 is not.
    expect(rules({ gender: "FEMALE", birthDate: day("1992-01-01") })).toEqual([]);
    expect(rules({ gender: "MALE", birthDate: day("1992-01-01") })).toEqual(["concentratedAge"]);
  });

  it("does not apply the age limit to a concentrated class", () => {
    expect(rules({ birthDate: day("2000-01-01") }, CONCENTRATED)).toEqual([]);
  });

  it("applies a maximum age when the rules have one, the limit itself allowed", () => {
    const withMax = eligibilityRules({ maxAge: 45 });
    expect(checkEligibility(withMax, learner({ birthDate: day("1981-03-01") }), CONCENTRATED)).toEqual([]);
    expect(checkEligibility(withMax, learner({ birthDate: day("1980-03-01") }), CONCENTRATED).map((f) => f.rule)).toEqual(["maxAge"]);
  });

  it("reports every failed rule at once", () => {
    expect(rules({ partyMembership: "NONE", education: null, birthDate: day("1995-01-01") })).toEqual(["partyMember", "minEducation", "concentratedAge"]);
  });

  it("reads empty or malformed rule JSON as no conditions", () => {
    for (const json of [{}, null, "x", { requirePartyMember: "yes", minEducation: "PHD", concentratedAgeLimit: { male: "35" }, maxAge: -1 }]) {
      expect(checkEligibility(eligibilityRules(json), learner({ partyMembership: "NONE", education: null, birthDate: day("2005-01-01") }), NON_CONCENTRATED)).toEqual([]);
    }
  });
});
