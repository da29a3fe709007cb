import { describe, expect, it } from "vitest";
import { percentOf, shapePlanProgress, type ActualFigure, type PlannedFigure } from "@/lib/domain/plan-progress";

const names = new Map([
  ["u-chilang", "Trung tâm Chính trị huyện Chi Lăng"],
  ["u-bacson", "Trung tâm Chính trị huyện Bắc Sơn"],
  ["p-tc", "Trung cấp lý luận chính trị – hành chính"],
  ["p-dvm", "Bồi dưỡng lý luận chính trị cho đảng viên mới"],
]);

const plan = (hostUnitId: string | null, programId: string, plannedClasses: number, plannedLearners: number, extra: Partial<PlannedFigure> = {}): PlannedFigure => ({
  hostUnitId,
  programId,
  fundingSource: null,
  plannedClasses,
  plannedLearners,
  notDoneClasses: 0,
  notDoneLearners: 0,
  ...extra,
});

const done = (hostUnitId: string, programId: string, figures: Partial<ActualFigure>): ActualFigure => ({
  hostUnitId,
  programId,
  opened: 0,
  finished: 0,
  cancelled: 0,
  learners: 0,
  ...figures,
});

describe("percentOf", () => {
  it("gives one decimal and nothing without a plan", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(4, 3)).toBe(133.3);
    expect(percentOf(1, 0)).toBeNull();
  });
});

describe("shapePlanProgress", () => {
  const planned = [
    plan("u-chilang", "p-tc", 2, 160, { fundingSource: "Ngân sách huyện Chi Lăng" }),
    plan("u-chilang", "p-dvm", 3, 150, { fundingSource: "Ngân sách huyện Chi Lăng", notDoneClasses: 1, notDoneLearners: 50 }),
    plan("u-bacson", "p-dvm", 1, 50, { fundingSource: "Ngân sách tỉnh" }),
    plan(null, "p-tc", 1, 80),
  ];
  const actual = [
    done("u-chilang", "p-tc", { opened: 2, finished: 1, learners: 155 }),
    done("u-chilang", "p-dvm", { opened: 2, finished: 2, cancelled: 1, learners: 98 }),
    // A class held without a plan line still counts as done.
    done("u-bacson", "p-tc", { opened: 1, finished: 0, learners: 40 }),
  ];
  const progress = shapePlanProgress(planned, actual, names, "Chưa xác định nơi mở lớp");

  it("sums per unit, sorts by Vietnamese name and keeps unplaced lines last", () => {
    expect(progress.byUnit.map((r) => r.name)).toEqual(["Trung tâm Chính trị huyện Bắc Sơn", "Trung tâm Chính trị huyện Chi Lăng", "Chưa xác định nơi mở lớp"]);
    const chiLang = progress.byUnit[1];
    expect(chiLang).toMatchObject({ plannedClasses: 5, plannedLearners: 310, opened: 4, finished: 3, carriedOver: 1, cancelled: 1, notCarriedOut: 1, learners: 253 });
    expect(chiLang.classPercent).toBe(80);
    expect(chiLang.learnerPercent).toBe(81.6);
    expect(chiLang.fundingSources).toEqual(["Ngân sách huyện Chi Lăng"]);
    const bacSon = progress.byUnit[0];
    expect(bacSon).toMatchObject({ plannedClasses: 1, opened: 1, carriedOver: 1, classPercent: 100 });
    expect(progress.byUnit[2]).toMatchObject({ id: null, plannedClasses: 1, opened: 0, classPercent: 0 });
  });

  it("sums per program and in total", () => {
    const tc = progress.byProgram.find((r) => r.id === "p-tc");
    expect(tc).toMatchObject({ plannedClasses: 3, opened: 3, finished: 1, carriedOver: 2, learners: 195, classPercent: 100 });
    expect(progress.total).toMatchObject({ plannedClasses: 7, plannedLearners: 440, opened: 5, finished: 3, carriedOver: 2, cancelled: 1, notCarriedOut: 1, learners: 293 });
    expect(progress.total.classPercent).toBe(71.4);
    expect(progress.total.fundingSources).toEqual(["Ngân sách huyện Chi Lăng", "Ngân sách tỉnh"]);
  });

  it("is empty without figures", () => {
    const empty = shapePlanProgress([], [], names, "-");
    expect(empty.byUnit).toEqual([]);
    expect(empty.total).toMatchObject({ plannedClasses: 0, opened: 0, classPercent: null });
  });
});
