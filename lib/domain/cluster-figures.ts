import type { LecturerActivityKind, ReportPeriod, ResearchKind, ResearchLevel, TrainingTarget } from "@/lib/generated/prisma/enums";

// The figures of an emulation-cluster report (ClusterReportFigure.metric): what each counts, the period it
// counts over, and how computed figures, a school's declared totals and the cluster totals relate. Pure.

export type MetricSource =
  | { type: "classes" }
  | { type: "learners" }
  | { type: "research"; kind: ResearchKind; level?: ResearchLevel }
  | { type: "activity"; kind: LecturerActivityKind; target?: TrainingTarget };

export interface ClusterMetric {
  metric: string;
  /** The Vietnamese label (the same words the seeded 2024 report uses); the UI reads cluster.metrics.<metric>. */
  label: string;
  group: "training" | "research" | "lecturers";
  source: MetricSource;
}

export const CLUSTER_METRICS: readonly ClusterMetric[] = [
  { metric: "classes", label: "Số lớp đào tạo, bồi dưỡng", group: "training", source: { type: "classes" } },
  { metric: "learners", label: "Số học viên", group: "training", source: { type: "learners" } },
  { metric: "projects_province", label: "Đề tài cấp tỉnh", group: "research", source: { type: "research", kind: "PROJECT", level: "PROVINCE" } },
  { metric: "projects_school", label: "Đề tài cấp trường", group: "research", source: { type: "research", kind: "PROJECT", level: "SCHOOL" } },
  { metric: "schemes", label: "Đề án", group: "research", source: { type: "research", kind: "SCHEME" } },
  { metric: "conferences_province", label: "Hội thảo cấp tỉnh", group: "research", source: { type: "research", kind: "CONFERENCE", level: "PROVINCE" } },
  { metric: "conferences_school", label: "Hội thảo cấp trường", group: "research", source: { type: "research", kind: "CONFERENCE", level: "SCHOOL" } },
  { metric: "seminars", label: "Tọa đàm", group: "research", source: { type: "research", kind: "SEMINAR" } },
  { metric: "proceedings", label: "Kỷ yếu", group: "research", source: { type: "research", kind: "PROCEEDINGS" } },
  { metric: "bulletin_issues", label: "Số Thông tin lý luận và thực tiễn", group: "research", source: { type: "research", kind: "BULLETIN_ISSUE" } },
  { metric: "monographs", label: "Sách chuyên khảo", group: "research", source: { type: "research", kind: "MONOGRAPH" } },
  { metric: "journal_articles", label: "Bài đăng tạp chí", group: "research", source: { type: "research", kind: "JOURNAL_ARTICLE" } },
  { metric: "essay_entries", label: "Tác phẩm chính luận dự thi", group: "research", source: { type: "research", kind: "ESSAY_CONTEST_ENTRY" } },
  { metric: "demo_lessons_faculty", label: "Thao giảng cấp khoa", group: "lecturers", source: { type: "activity", kind: "DEMO_LESSON_FACULTY" } },
  { metric: "demo_lessons_school", label: "Thao giảng cấp trường", group: "lecturers", source: { type: "activity", kind: "DEMO_LESSON_SCHOOL" } },
  { metric: "sent_doctor", label: "Cử đi đào tạo tiến sĩ", group: "lecturers", source: { type: "activity", kind: "SENT_FOR_TRAINING", target: "TIEN_SI" } },
  { metric: "sent_master", label: "Cử đi đào tạo thạc sĩ", group: "lecturers", source: { type: "activity", kind: "SENT_FOR_TRAINING", target: "THAC_SI" } },
  { metric: "sent_cao_cap", label: "Cử đi học cao cấp lý luận chính trị", group: "lecturers", source: { type: "activity", kind: "SENT_FOR_TRAINING", target: "CAO_CAP_LLCT" } },
  { metric: "sent_trung_cap", label: "Cử đi học trung cấp lý luận chính trị", group: "lecturers", source: { type: "activity", kind: "SENT_FOR_TRAINING", target: "TRUNG_CAP_LLCT" } },
  { metric: "field_research", label: "Nghiên cứu thực tế", group: "lecturers", source: { type: "activity", kind: "FIELD_RESEARCH" } },
];

export const METRIC_CODES: readonly string[] = CLUSTER_METRICS.map((m) => m.metric);

export type Figures = Record<string, number>;

export interface PeriodRange {
  /** First day, as a UTC calendar day (@db.Date). */
  from: Date;
  /** Last day, inclusive. */
  to: Date;
}

/** HALF_YEAR: 1/1–30/6 (sơ kết 6 tháng đầu năm); ANNUAL: 1/1–31/12 (tổng kết năm). */
export function periodRange(year: number, period: ReportPeriod): PeriodRange {
  return { from: new Date(Date.UTC(year, 0, 1)), to: period === "HALF_YEAR" ? new Date(Date.UTC(year, 5, 30)) : new Date(Date.UTC(year, 11, 31)) };
}

/** Grouped counts (research outputs by kind and level, lecturer activities by kind and target) → figures by metric, zeros included. */
export function figuresFromCounts(counts: {
  classes: number;
  learners: number;
  research: { kind: ResearchKind; level: ResearchLevel | null; count: number }[];
  activities: { kind: LecturerActivityKind; target: TrainingTarget | null; count: number }[];
}): Figures {
  const figures: Figures = {};
  for (const { metric, source } of CLUSTER_METRICS) {
    switch (source.type) {
      case "classes":
        figures[metric] = counts.classes;
        break;
      case "learners":
        figures[metric] = counts.learners;
        break;
      case "research":
        figures[metric] = sum(counts.research.filter((r) => r.kind === source.kind && (source.level === undefined || r.level === source.level)));
        break;
      case "activity":
        figures[metric] = sum(counts.activities.filter((a) => a.kind === source.kind && (source.target === undefined || a.target === source.target)));
        break;
    }
  }
  return figures;
}

const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

export interface FigureDifference {
  metric: string;
  computed: number;
  declared: number;
  /** declared − computed */
  delta: number;
}

/** Where a school's declared total differs from what its recorded data gives (no declared total: no difference). */
export function figureDifferences(computed: Figures, declared: Record<string, number | null | undefined>): FigureDifference[] {
  const differences: FigureDifference[] = [];
  for (const metric of METRIC_CODES) {
    const value = declared[metric];
    const base = computed[metric] ?? 0;
    if (value !== null && value !== undefined && value !== base) differences.push({ metric, computed: base, declared: value, delta: value - base });
  }
  return differences;
}

/** The figure a report shows for a school: its declared total where it gave one, else the computed one. */
export function reportedValue(computed: number, declared: number | null | undefined): number {
  return declared ?? computed;
}

/** Cluster totals per metric over the schools' rows: of the computed and of the reported figures. */
export function clusterTotals(rows: { computed: Figures; declared: Record<string, number | null | undefined> }[]): { computed: Figures; reported: Figures } {
  const computed: Figures = {};
  const reported: Figures = {};
  for (const metric of METRIC_CODES) {
    computed[metric] = 0;
    reported[metric] = 0;
    for (const row of rows) {
      computed[metric] += row.computed[metric] ?? 0;
      reported[metric] += reportedValue(row.computed[metric] ?? 0, row.declared[metric]);
    }
  }
  return { computed, reported };
}
