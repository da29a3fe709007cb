import { describe, expect, it } from "vitest";
import { CLUSTER_METRICS as SEEDED_METRICS } from "@/prisma/seed-data";
import { CLUSTER_METRICS, clusterTotals, figureDifferences, figuresFromCounts, METRIC_CODES, periodRange, reportedValue } from "@/lib/domain/cluster-figures";
import { cluster } from "@/lib/i18n/messages/cluster";

const zeros = () => Object.fromEntries(METRIC_CODES.map((m) => [m, 0]));

describe("periodRange", () => {
  it("covers 1/1–30/6 for a half-year report", () => {
    const { from, to } = periodRange(2024, "HALF_YEAR");
    expect(from.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(to.toISOString()).toBe("2024-06-30T00:00:00.000Z");
  });

  it("covers 1/1–31/12 for an annual report", () => {
    const { from, to } = periodRange(2025, "ANNUAL");
    expect(from.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(to.toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });
});

describe("metric definitions", () => {
  it("agree with the seeded report's metric codes, labels, kinds and levels", () => {
    for (const seeded of SEEDED_METRICS) {
      const mine = CLUSTER_METRICS.find((m) => m.metric === seeded.metric);
      expect(mine, seeded.metric).toBeDefined();
      expect(mine!.label).toBe(seeded.label);
      if (seeded.kind) {
        expect(mine!.source).toMatchObject({ type: "research", kind: seeded.kind });
        expect((mine!.source as { level?: string }).level).toBe(seeded.level ?? undefined);
      }
    }
  });

  it("has a unique code and a Vietnamese label in the messages for each metric", () => {
    expect(new Set(METRIC_CODES).size).toBe(METRIC_CODES.length);
    for (const m of CLUSTER_METRICS) expect((cluster.vi.metrics as Record<string, string>)[m.metric]).toBe(m.label);
  });
});

describe("figuresFromCounts", () => {
  it("sums grouped counts into metrics, by kind and level or target, and gives zeros for the rest", () => {
    const figures = figuresFromCounts({
      classes: 3,
      learners: 120,
      research: [
        { kind: "PROJECT", level: "PROVINCE", count: 2 },
        { kind: "PROJECT", level: "SCHOOL", count: 1 },
        { kind: "PROJECT", level: "NATIONAL", count: 5 },
        { kind: "SEMINAR", level: "SCHOOL", count: 1 },
        { kind: "SEMINAR", level: "CLUSTER", count: 2 },
        { kind: "ESSAY_CONTEST_ENTRY", level: null, count: 4 },
      ],
      activities: [
        { kind: "SENT_FOR_TRAINING", target: "TIEN_SI", count: 1 },
        { kind: "SENT_FOR_TRAINING", target: "OTHER", count: 7 },
        { kind: "DEMO_LESSON_FACULTY", target: null, count: 6 },
      ],
    });
    expect(figures).toMatchObject({
      classes: 3,
      learners: 120,
      projects_province: 2,
      projects_school: 1,
      seminars: 3,
      essay_entries: 4,
      sent_doctor: 1,
      sent_master: 0,
      demo_lessons_faculty: 6,
      monographs: 0,
    });
    expect(Object.keys(figures).sort()).toEqual([...METRIC_CODES].sort());
  });
});

describe("figureDifferences", () => {
  it("lists only the metrics whose declared total differs from the computed one", () => {
    const computed = { ...zeros(), classes: 21, learners: 1131, seminars: 1 };
    const differences = figureDifferences(computed, { classes: 21, learners: 1200, seminars: null, proceedings: 0, monographs: 2 });
    expect(differences).toEqual([
      { metric: "learners", computed: 1131, declared: 1200, delta: 69 },
      { metric: "monographs", computed: 0, declared: 2, delta: 2 },
    ]);
  });

  it("finds no difference without declared totals", () => {
    expect(figureDifferences({ ...zeros(), classes: 4 }, {})).toEqual([]);
  });
});

describe("clusterTotals", () => {
  it("totals the computed figures and the reported ones (declared where given)", () => {
    const a = { computed: { ...zeros(), classes: 10, learners: 500 }, declared: { learners: 520 } };
    const b = { computed: { ...zeros(), classes: 5, learners: 200 }, declared: { classes: null } };
    const totals = clusterTotals([a, b]);
    expect(totals.computed.classes).toBe(15);
    expect(totals.computed.learners).toBe(700);
    expect(totals.reported.classes).toBe(15);
    expect(totals.reported.learners).toBe(720);
    expect(totals.computed.seminars).toBe(0);
  });

  it("gives zeros for no schools", () => {
    expect(clusterTotals([]).reported.classes).toBe(0);
  });

  it("reports the declared value when there is one", () => {
    expect(reportedValue(3, null)).toBe(3);
    expect(reportedValue(3, 0)).toBe(0);
  });
});
