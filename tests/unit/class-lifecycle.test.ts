import { describe, expect, it } from "vitest";
import { checkTransition, isCarriedOver, isPlanningEditable, isScheduleEditable, lineActual, nextStatuses, ruleVersionOn, type TransitionFacts } from "@/lib/domain/class-lifecycle";

const facts = (over: Partial<TransitionFacts>): TransitionFacts => ({
  from: "PLANNED",
  to: "APPROVED",
  canApprove: true,
  lecturerAssignments: 1,
  hasStartDate: true,
  unfinalizedGradedSubjects: 0,
  reason: null,
  ...over,
});

describe("class lifecycle", () => {
  it("follows planned → approved → enrolling → in progress → finished", () => {
    expect(checkTransition(facts({ from: "PLANNED", to: "APPROVED" }))).toBeNull();
    expect(checkTransition(facts({ from: "APPROVED", to: "ENROLLING" }))).toBeNull();
    expect(checkTransition(facts({ from: "ENROLLING", to: "IN_PROGRESS" }))).toBeNull();
    expect(checkTransition(facts({ from: "IN_PROGRESS", to: "FINISHED" }))).toBeNull();
  });

  it("refuses skipped or backward steps and anything after finished or cancelled", () => {
    expect(checkTransition(facts({ from: "PLANNED", to: "ENROLLING" }))).toBe("notAllowed");
    expect(checkTransition(facts({ from: "PLANNED", to: "IN_PROGRESS" }))).toBe("notAllowed");
    expect(checkTransition(facts({ from: "IN_PROGRESS", to: "ENROLLING" }))).toBe("notAllowed");
    expect(checkTransition(facts({ from: "FINISHED", to: "CANCELLED", reason: "x" }))).toBe("notAllowed");
    expect(checkTransition(facts({ from: "CANCELLED", to: "PLANNED" }))).toBe("notAllowed");
    expect(nextStatuses("FINISHED")).toEqual([]);
  });

  it("lets only an approver approve", () => {
    expect(checkTransition(facts({ canApprove: false }))).toBe("needsApprover");
  });

  it("starts a class (khai giảng) only with a lecturer and a start date", () => {
    expect(checkTransition(facts({ from: "ENROLLING", to: "IN_PROGRESS", lecturerAssignments: 0 }))).toBe("needsLecturer");
    expect(checkTransition(facts({ from: "ENROLLING", to: "IN_PROGRESS", hasStartDate: false }))).toBe("needsStartDate");
  });

  it("closes a class (bế giảng) only when every graded subject's sheet is finalized", () => {
    expect(checkTransition(facts({ from: "IN_PROGRESS", to: "FINISHED", unfinalizedGradedSubjects: 2 }))).toBe("sheetsNotFinalized");
  });

  it("cancels from any state before finished, with a reason", () => {
    for (const from of ["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS"] as const) {
      expect(checkTransition(facts({ from, to: "CANCELLED", reason: "Không đủ số học viên" }))).toBeNull();
      expect(checkTransition(facts({ from, to: "CANCELLED", reason: "  " }))).toBe("needsReason");
    }
  });

  it("edits planning fields only while planned or approved, the schedule until finished", () => {
    expect(isPlanningEditable("PLANNED")).toBe(true);
    expect(isPlanningEditable("APPROVED")).toBe(true);
    expect(isPlanningEditable("ENROLLING")).toBe(false);
    expect(isScheduleEditable("IN_PROGRESS")).toBe(true);
    expect(isScheduleEditable("FINISHED")).toBe(false);
    expect(isScheduleEditable("CANCELLED")).toBe(false);
  });
});

describe("plan vs actual", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it("counts opened, finished, carried over and learners, leaving cancelled classes out", () => {
    const actual = lineActual(
      [
        { status: "FINISHED", endDate: d("2026-11-30"), enrolled: 78 },
        { status: "IN_PROGRESS", endDate: d("2027-06-30"), enrolled: 80 },
        { status: "IN_PROGRESS", endDate: d("2026-12-20"), enrolled: 70 },
        { status: "PLANNED", endDate: null, enrolled: 0 },
        { status: "CANCELLED", endDate: d("2026-12-01"), enrolled: 0 },
      ],
      2026,
    );
    expect(actual).toEqual({ classes: 4, opened: 3, finished: 1, carriedOver: 1, cancelled: 1, learners: 228 });
  });

  it("treats a class running past 31 December as carried over", () => {
    expect(isCarriedOver({ status: "IN_PROGRESS", endDate: d("2027-01-01") }, 2026)).toBe(true);
    expect(isCarriedOver({ status: "IN_PROGRESS", endDate: d("2026-12-31") }, 2026)).toBe(false);
    expect(isCarriedOver({ status: "CANCELLED", endDate: d("2027-05-01") }, 2026)).toBe(false);
  });
});

describe("rule version by start date", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const versions = [
    { id: "v1", effectiveFrom: d("2016-01-01"), effectiveTo: d("2021-12-01") },
    { id: "v2", effectiveFrom: d("2021-12-01"), effectiveTo: null },
  ];
  it("picks effectiveFrom ≤ start < effectiveTo", () => {
    expect(ruleVersionOn(versions, d("2021-11-30"))?.id).toBe("v1");
    expect(ruleVersionOn(versions, d("2021-12-01"))?.id).toBe("v2");
    expect(ruleVersionOn(versions, d("2028-03-01"))?.id).toBe("v2");
    expect(ruleVersionOn(versions, d("2010-01-01"))).toBeNull();
  });
});
