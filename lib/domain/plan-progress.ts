// Plan versus actual, shaped from figures the database has already summed: pure, no I/O.
// "Opened" counts the classes that started in the year (in progress or finished); those not finished by
// 31 December are carried over to the next year (lớp chuyển sang năm sau).

/** Planned figures of approved plan lines, summed per host unit, program and funding source. */
export interface PlannedFigure {
  hostUnitId: string | null;
  programId: string;
  fundingSource: string | null;
  plannedClasses: number;
  plannedLearners: number;
  notDoneClasses: number;
  notDoneLearners: number;
}

/** Classes per host unit and program, counted in the database. */
export interface ActualFigure {
  hostUnitId: string;
  programId: string;
  opened: number;
  /** Opened and finished by 31 December of the year. */
  finished: number;
  cancelled: number;
  learners: number;
}

export interface ProgressRow {
  /** The host unit's or the program's id; null for plan lines without a host. */
  id: string | null;
  name: string;
  plannedClasses: number;
  plannedLearners: number;
  opened: number;
  finished: number;
  carriedOver: number;
  cancelled: number;
  notCarriedOut: number;
  learners: number;
  /** Opened classes as a share of planned classes, in percent with one decimal; null without a plan. */
  classPercent: number | null;
  learnerPercent: number | null;
  fundingSources: string[];
}

export interface PlanProgress {
  byUnit: ProgressRow[];
  byProgram: ProgressRow[];
  total: ProgressRow;
}

/** actual / planned in percent, one decimal; null when nothing was planned. */
export function percentOf(actual: number, planned: number): number | null {
  if (planned <= 0) return null;
  return Math.round((actual / planned) * 1000) / 10;
}

function emptyRow(id: string | null, name: string): ProgressRow {
  return {
    id,
    name,
    plannedClasses: 0,
    plannedLearners: 0,
    opened: 0,
    finished: 0,
    carriedOver: 0,
    cancelled: 0,
    notCarriedOut: 0,
    learners: 0,
    classPercent: null,
    learnerPercent: null,
    fundingSources: [],
  };
}

function addPlanned(row: ProgressRow, figure: PlannedFigure) {
  row.plannedClasses += figure.plannedClasses;
  row.plannedLearners += figure.plannedLearners;
  row.notCarriedOut += figure.notDoneClasses;
  const source = figure.fundingSource?.trim();
  if (source && !row.fundingSources.includes(source)) row.fundingSources.push(source);
}

function addActual(row: ProgressRow, figure: ActualFigure) {
  row.opened += figure.opened;
  row.finished += figure.finished;
  row.carriedOver += Math.max(figure.opened - figure.finished, 0);
  row.cancelled += figure.cancelled;
  row.learners += figure.learners;
}

function finish(row: ProgressRow): ProgressRow {
  const collator = new Intl.Collator("vi");
  return {
    ...row,
    classPercent: percentOf(row.opened, row.plannedClasses),
    learnerPercent: percentOf(row.learners, row.plannedLearners),
    fundingSources: [...row.fundingSources].sort(collator.compare),
  };
}

/**
 * Rows by host unit and by program, each sorted by name the Vietnamese way, and the totals.
 * `names` gives the label of each unit and program id; `unassigned` labels plan lines without a host.
 */
export function shapePlanProgress(planned: PlannedFigure[], actual: ActualFigure[], names: Map<string, string>, unassigned: string): PlanProgress {
  const byUnit = new Map<string | null, ProgressRow>();
  const byProgram = new Map<string, ProgressRow>();
  const total = emptyRow(null, "");
  const unitRow = (id: string | null) => {
    let row = byUnit.get(id);
    if (!row) byUnit.set(id, (row = emptyRow(id, id === null ? unassigned : (names.get(id) ?? id))));
    return row;
  };
  const programRow = (id: string) => {
    let row = byProgram.get(id);
    if (!row) byProgram.set(id, (row = emptyRow(id, names.get(id) ?? id)));
    return row;
  };
  for (const figure of planned) {
    addPlanned(unitRow(figure.hostUnitId), figure);
    addPlanned(programRow(figure.programId), figure);
    addPlanned(total, figure);
  }
  for (const figure of actual) {
    addActual(unitRow(figure.hostUnitId), figure);
    addActual(programRow(figure.programId), figure);
    addActual(total, figure);
  }
  const collator = new Intl.Collator("vi");
  const sorted = (rows: Iterable<ProgressRow>) =>
    [...rows].map(finish).sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : collator.compare(a.name, b.name)));
  return { byUnit: sorted(byUnit.values()), byProgram: sorted(byProgram.values()), total: finish(total) };
}
