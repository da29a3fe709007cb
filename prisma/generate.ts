// Large-data generator for benchmarks:
//   npm run generate -- --learners 200000 [--provinces 3] [--centers-per-province 15] [--classes-per-center N]
//                       [--seed 42] [--batch 5000] [--method literal|params|prisma]
// Fills the configured database (PGlite folder, or DATABASE_URL) with provinces, schools, faculties, boards, centers,
// lecturers, annual plans, classes of 2022–2026 in realistic statuses, learners, enrolments, grade sheets and grades,
// results, certificates, research outputs and inspections. Codes carry the prefix G<seed>- and ids the seed, so it
// runs after the demo seed and again with another --seed without clashing. Rows are inserted in batches of
// multi-row INSERT statements, one transaction per batch, with ids made here (nothing is read back).
import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase, type Database } from "@/lib/db/connection";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import type { ClassStatus, StudyMode } from "@/lib/generated/prisma/enums";
import * as D from "./seed-data";
import { addDays, day, isoDay, Rng } from "./seed-data";
import { DEMO_TODAY, ensurePrograms, scheduleClass, statusTrail, type ProgramInfo } from "./seed";

export type InsertMethod = "literal" | "params" | "prisma";

export interface GenerateOptions {
  learners: number;
  provinces: number;
  centersPerProvince: number;
  /** Classes per center over 2022–2026; by default derived from the learners (about 1.3 enrolments each). */
  classesPerCenter?: number;
  seed: number;
  /** Rows per transaction (approximate: a class is never split). */
  batch: number;
  /** literal: SQL text with inlined values; params: parameterized INSERTs through Prisma raw queries; prisma: createMany. */
  method: InsertMethod;
}

export const DEFAULT_OPTIONS: Omit<GenerateOptions, "learners"> = { provinces: 3, centersPerProvince: 15, seed: 42, batch: 5000, method: "literal" };

export interface GenerateProgress {
  message: string;
  /** Rows inserted so far, per table. */
  counts: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface GenerateResult {
  prefix: string;
  counts: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
  /** Of which writing to the database. */
  writeMs: number;
  rowsPerSecond: number;
}

// ───────────────────────────── Bulk writer ─────────────────────────────

type Value = string | number | boolean | null;
/** Column names; ":d" marks a date, ":t" a timestamp ("YYYY-MM-DD HH:MM:SS", UTC), ":n" a decimal. */
const TABLES = {
  Unit: { model: "unit", cols: ["id", "code", "name", "shortName", "kind", "centerLevel", "status", "parentId", "provinceId", "address", "validFrom:d", "updatedAt:t"] },
  User: { model: "user", cols: ["id", "username", "email", "fullName", "passwordHash", "updatedAt:t"] },
  RoleAssignment: { model: "roleAssignment", cols: ["id", "userId", "role", "unitId", "validFrom:t"] },
  Lecturer: { model: "lecturer", cols: ["id", "unitId", "fullName", "sortKey", "gender", "birthDate:d", "kind", "degree", "theoryLevel", "major", "updatedAt:t"] },
  AnnualPlan: { model: "annualPlan", cols: ["id", "schoolUnitId", "year", "title", "status", "approvedById", "approvedAt:t", "updatedAt:t"] },
  PlanLine: { model: "planLine", cols: ["id", "planId", "programId", "hostUnitId", "mode", "plannedClasses", "plannedLearners", "fundingSource", "outcome", "notDoneClasses", "notDoneLearners", "outcomeReason"] },
  Learner: { model: "learner", cols: ["id", "citizenId", "fullName", "sortKey", "birthDate:d", "gender", "ethnicity", "partyMembership", "partyJoinDate:d", "position", "workplace", "education", "theoryLevel", "homeUnitId", "updatedAt:t"] },
  TrainingClass: { model: "trainingClass", cols: ["id", "code", "name", "programId", "ruleVersionId", "planLineId", "schoolUnitId", "hostUnitId", "mode", "location", "plannedSize", "startDate:d", "endDate:d", "status", "cancelReason", "fundingSource", "approvedAt:t", "openedAt:t", "closedAt:t", "updatedAt:t"] },
  ClassStatusChange: { model: "classStatusChange", cols: ["id", "classId", "fromStatus", "toStatus", "reason", "at:t"] },
  Enrolment: { model: "enrolment", cols: ["id", "classId", "learnerId", "status", "enrolledAt:t"] },
  GradeSheet: { model: "gradeSheet", cols: ["id", "classId", "subjectId", "status", "submittedAt:t", "finalizedById", "finalizedAt:t", "updatedAt:t"] },
  Grade: { model: "grade", cols: ["id", "sheetId", "enrolmentId", "score:n", "absent", "updatedAt:t"] },
  GradeSheetLockEvent: { model: "gradeSheetLockEvent", cols: ["id", "sheetId", "action", "byUserId", "at:t"] },
  Result: { model: "result", cols: ["id", "enrolmentId", "ruleVersionId", "finalScore:n", "classification", "passed", "computedAt:t"] },
  Certificate: { model: "certificate", cols: ["id", "resultId", "kind", "serialNumber", "registerNumber", "verificationCode", "issuedAt:d", "issuedByUnitId"] },
  ResearchOutput: { model: "researchOutput", cols: ["id", "unitId", "kind", "level", "title", "status", "date:d", "paperCount", "issueNumber", "publisher", "updatedAt:t"] },
  ResearchAuthor: { model: "researchAuthor", cols: ["id", "outputId", "lecturerId", "name", "role"] },
  InspectionPlan: { model: "inspectionPlan", cols: ["id", "boardUnitId", "code", "title", "year", "issuedAt:d", "startDate:d", "endDate:d", "content", "status", "updatedAt:t"] },
  InspectionTarget: { model: "inspectionTarget", cols: ["id", "planId", "unitId", "scheduledDate:d"] },
  InspectionTeamMember: { model: "inspectionTeamMember", cols: ["id", "planId", "name", "position", "role"] },
  InspectionVisit: { model: "inspectionVisit", cols: ["id", "planId", "unitId", "visitDate:d", "reviewed", "findings", "strengths", "shortcomings", "conclusion", "updatedAt:t"] },
  Recommendation: { model: "recommendation", cols: ["id", "visitId", "responsibleUnitId", "content", "dueDate:d", "status", "closedAt:t", "updatedAt:t"] },
  RecommendationFollowUp: { model: "recommendationFollowUp", cols: ["id", "recommendationId", "date:d", "note", "statusAfter"] },
} as const;

type Table = keyof typeof TABLES;
/** Insertion order: parents before children. */
const ORDER = Object.keys(TABLES) as Table[];

function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `'${value.replace(/'/g, "''")}'`;
}

class BulkWriter {
  private buffers = new Map<Table, Value[][]>();
  private finalize: string[] = [];
  private pendingRows = 0;
  readonly counts: Record<string, number> = {};
  totalRows = 0;
  /** Time spent writing (the rest is generating rows in JavaScript). */
  writeMs = 0;

  constructor(
    private db: Database,
    private method: InsertMethod,
  ) {}

  push(table: Table, row: Value[]) {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(row);
    this.pendingRows++;
  }

  /** A grade sheet to mark FINALIZED after its grades are in (the database refuses grades into a finalized sheet). */
  finalizeSheet(id: string) {
    this.finalize.push(id);
  }

  get pending() {
    return this.pendingRows;
  }

  async flush() {
    if (this.pendingRows === 0) return;
    const batches = ORDER.filter((t) => this.buffers.get(t)?.length).map((t) => ({ table: t, rows: this.buffers.get(t)! }));
    const finalize = this.finalize;
    const started = Date.now();
    if (this.method === "literal") await this.flushLiteral(batches, finalize);
    else if (this.method === "params") await this.flushParams(batches, finalize);
    else await this.flushPrisma(batches, finalize);
    this.writeMs += Date.now() - started;
    for (const { table, rows } of batches) {
      this.counts[table] = (this.counts[table] ?? 0) + rows.length;
      this.totalRows += rows.length;
    }
    this.buffers.clear();
    this.finalize = [];
    this.pendingRows = 0;
  }

  private finalizeSql(ids: string[]) {
    return `UPDATE "GradeSheet" SET "status" = 'FINALIZED' WHERE "id" IN (${ids.map(literal).join(",")})`;
  }

  private async flushLiteral(batches: Array<{ table: Table; rows: Value[][] }>, finalize: string[]) {
    const statements: string[] = [];
    for (const { table, rows } of batches) {
      const cols = TABLES[table].cols.map((c) => `"${c.split(":")[0]}"`).join(", ");
      for (let i = 0; i < rows.length; i += 2000) {
        const values = rows.slice(i, i + 2000).map((r) => `(${r.map(literal).join(",")})`);
        statements.push(`INSERT INTO "${table}" (${cols}) VALUES\n${values.join(",\n")}`);
      }
      if (table === "Grade" && finalize.length) statements.push(this.finalizeSql(finalize));
    }
    if (finalize.length && !batches.some((b) => b.table === "Grade")) statements.push(this.finalizeSql(finalize));
    // On PostgreSQL a multi-statement simple query is one implicit transaction; PGlite gets an explicit one.
    if (this.db.kind === "pglite") {
      try {
        await this.db.execScript(`BEGIN;\n${statements.join(";\n")};\nCOMMIT;`);
      } catch (error) {
        await this.db.execScript("ROLLBACK").catch(() => {});
        throw error;
      }
    } else {
      await this.db.execScript(statements.join(";\n"));
    }
  }

  private async flushParams(batches: Array<{ table: Table; rows: Value[][] }>, finalize: string[]) {
    await this.db.prisma.$transaction(
      async (tx) => {
        for (const { table, rows } of batches) {
          const spec = TABLES[table].cols;
          const cols = spec.map((c) => `"${c.split(":")[0]}"`).join(", ");
          // Casts let PostgreSQL type the parameters whatever the driver sends.
          const casts = spec.map((c) => (c.endsWith(":d") ? "::date" : c.endsWith(":t") ? "::timestamp" : c.endsWith(":n") ? "::numeric" : ""));
          const perStatement = Math.floor(30_000 / spec.length);
          for (let i = 0; i < rows.length; i += perStatement) {
            const chunk = rows.slice(i, i + perStatement);
            const params: Value[] = [];
            const tuples = chunk.map((r) => `(${r.map((v) => { params.push(v); return `$${params.length}${casts[(params.length - 1) % spec.length]}`; }).join(",")})`);
            await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(",")}`, ...params);
          }
          if (table === "Grade" && finalize.length) await tx.$executeRawUnsafe(this.finalizeSql(finalize));
        }
        if (finalize.length && !batches.some((b) => b.table === "Grade")) await tx.$executeRawUnsafe(this.finalizeSql(finalize));
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  }

  private async flushPrisma(batches: Array<{ table: Table; rows: Value[][] }>, finalize: string[]) {
    await this.db.prisma.$transaction(
      async (tx) => {
        for (const { table, rows } of batches) {
          const spec = TABLES[table].cols;
          const data = rows.map((r) => {
            const o: Record<string, unknown> = {};
            spec.forEach((c, i) => {
              const [name, type] = c.split(":");
              const v = r[i];
              if (name === "updatedAt") return; // set by Prisma
              if (v === null) o[name] = null;
              else if (type === "d") o[name] = new Date(`${v}T00:00:00.000Z`);
              else if (type === "t") o[name] = new Date(`${String(v).replace(" ", "T")}Z`);
              else o[name] = v;
            });
            return o;
          });
          const delegate = (tx as unknown as Record<string, { createMany(args: { data: unknown[] }): Promise<unknown> }>)[TABLES[table].model];
          await delegate.createMany({ data });
          if (table === "Grade" && finalize.length) await tx.gradeSheet.updateMany({ where: { id: { in: finalize } }, data: { status: "FINALIZED" } });
        }
        if (finalize.length && !batches.some((b) => b.table === "Grade")) await tx.gradeSheet.updateMany({ where: { id: { in: finalize } }, data: { status: "FINALIZED" } });
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  }
}

// ───────────────────────────── Names and places ─────────────────────────────

/** Province names for generated provinces (the cluster's eight are left to the demo seed). */
const PROVINCE_NAMES = [
  "Bắc Giang", "Bắc Kạn", "Tuyên Quang", "Thái Nguyên", "Phú Thọ", "Yên Bái", "Hòa Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương",
  "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
  "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
  "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa – Vũng Tàu", "Long An", "Tiền Giang",
  "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
  "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Nội", "Thành phố Hồ Chí Minh",
];
const PLACE_A = ["Yên", "Tân", "Phú", "Hòa", "Thanh", "Vĩnh", "Kim", "Bắc", "Nam", "Đông", "Tây", "Lục", "Quế", "Cẩm", "Hương", "Gia"];
const PLACE_B = ["Sơn", "Bình", "Lâm", "Hà", "Thủy", "Phong", "Xuyên", "Ninh", "Hưng", "Lạc", "Giang", "Lộc", "Thành", "Định", "Khê", "An"];
const RECOMMENDATIONS = [
  "Bố trí đủ giảng viên chuyên trách theo quy định",
  "Hoàn thiện hồ sơ quản lý học viên, sổ điểm và sổ cấp giấy chứng nhận",
  "Tăng cường quản lý chuyên cần của học viên các lớp không tập trung",
  "Đổi mới phương pháp giảng dạy, tăng liên hệ thực tiễn địa phương",
  "Bảo đảm cơ sở vật chất, trang thiết bị phục vụ giảng dạy",
  "Xây dựng kế hoạch bồi dưỡng nâng cao trình độ cho giảng viên kiêm chức",
];

const CENTER_PROGRAMS: Array<readonly [string, number]> = [["TCLLCT", 20], ["SCLLCT", 10], ["DVM", 30], ["NTVD", 20], ["NVCTD", 10], ["NVCTDT", 10]];
const SCHOOL_PROGRAMS: Array<readonly [string, number]> = [["TCLLCT", 40], ["CNKT-DT4", 30], ["NVCTD", 15], ["NVCTDT", 15]];
const ENROLMENTS_PER_LEARNER = 1.3;

const ts = (date: Date, hour = 8) => `${isoDay(date)} ${String(hour).padStart(2, "0")}:00:00`;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

// ───────────────────────────── Generator ─────────────────────────────

interface UnitRef {
  id: string;
  code: string;
  name: string;
  districtName?: string;
}

interface ClassMeta {
  id: string;
  code: string;
  program: ProgramInfo;
  host: UnitRef;
  atSchool: boolean;
  mode: StudyMode;
  start: Date;
  end: Date;
  status: ClassStatus;
  size: number;
  sched: ReturnType<typeof scheduleClass>;
  planLineId?: string;
}

export async function generate(
  db: Database,
  input: Partial<GenerateOptions> & { learners: number },
  onProgress: (progress: GenerateProgress) => void = () => {},
): Promise<GenerateResult> {
  const options: GenerateOptions = { ...DEFAULT_OPTIONS, ...input };
  if (!(options.learners > 0) || !(options.provinces > 0) || !(options.centersPerProvince > 0)) throw new Error("Số học viên, số tỉnh và số trung tâm phải lớn hơn 0.");
  const startedAt = Date.now();
  const seed = options.seed;
  const prefix = `G${seed}`;
  const rng = new Rng(seed * 7919 + 17);
  const idBase = "cg" + pad(0, 6).concat(seed.toString(36)).slice(-6);
  const counters = new Map<string, number>();
  /** Ids: "cg" + seed (6) + table tag (2) + counter (8), all base 36: cuid-shaped, unique per seed. */
  const newId = (tag: string) => {
    const n = (counters.get(tag) ?? 0) + 1;
    counters.set(tag, n);
    return idBase + tag + n.toString(36).padStart(8, "0");
  };

  const existing = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Unit" WHERE "code" LIKE $1`, [`${prefix}-%`]);
  if (existing[0].n > 0) throw new Error(`Đã có dữ liệu sinh với --seed ${seed} (mã ${prefix}-…); hãy dùng --seed khác.`);
  const citizenHead = `8${pad(seed % 1000, 3)}`;
  const clash = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Learner" WHERE "citizenId" LIKE $1`, [`${citizenHead}%`]);
  if (clash[0].n > 0) throw new Error(`Số CCCD ${citizenHead}… đã được dùng (--seed khác có cùng ba chữ số cuối); hãy dùng --seed khác.`);

  const programs = await ensurePrograms(db.prisma);
  const passwordHash = await hashPassword(D.DEMO_PASSWORD);
  const writer = new BulkWriter(db, options.method);
  const nowTs = ts(DEMO_TODAY, 8);
  const report = (message: string) => {
    const elapsedMs = Date.now() - startedAt;
    onProgress({ message, counts: { ...writer.counts }, totalRows: writer.totalRows, elapsedMs, rowsPerSecond: writer.totalRows / Math.max(0.001, elapsedMs / 1000) });
  };
  const maybeFlush = async () => {
    if (writer.pending >= options.batch) {
      await writer.flush();
      report("lô");
    }
  };

  let learnerCounter = 0;
  let certificateCounter = 0;
  let classCounter = 0;
  for (let p = 1; p <= options.provinces; p++) {
    const provCode = `${prefix}-P${pad(p, 2)}`;
    const provName = PROVINCE_NAMES[(p - 1) % PROVINCE_NAMES.length] + (p > PROVINCE_NAMES.length ? ` ${Math.ceil(p / PROVINCE_NAMES.length)}` : "");
    const note = `Dữ liệu sinh tự động (--seed ${seed})`;
    // Units.
    const province: UnitRef = { id: newId("un"), code: provCode, name: `Tỉnh ${provName}` };
    const school: UnitRef = { id: newId("un"), code: `${provCode}-TCT`, name: `Trường Chính trị tỉnh ${provName}` };
    const board: UnitRef = { id: newId("un"), code: `${provCode}-BTG`, name: `Ban Tuyên giáo Tỉnh ủy ${provName}` };
    const unitRow = (u: UnitRef, kind: string, parentId: string | null, level: string | null = null, validFrom = "2022-01-01"): Value[] => [
      u.id, u.code, u.name, null, kind, level, "ACTIVE", parentId, province.id, note, validFrom, nowTs,
    ];
    writer.push("Unit", unitRow(province, "PROVINCE", null, null, "1990-01-01"));
    writer.push("Unit", unitRow(school, "SCHOOL", province.id, null, "1995-01-01"));
    writer.push("Unit", unitRow(board, "BOARD", province.id, null, "1990-01-01"));
    const faculties = [
      { key: "XDD", name: "Khoa Xây dựng Đảng" },
      { key: "LLCS", name: "Khoa Lý luận cơ sở" },
      { key: "NNPL", name: "Khoa Nhà nước và pháp luật" },
    ].map((f) => ({ ...f, unit: { id: newId("un"), code: `${school.code}-${f.key}`, name: f.name } }));
    for (const f of faculties) writer.push("Unit", unitRow(f.unit, "FACULTY", school.id));
    for (const [key, name] of [["QLDT", "Phòng Quản lý đào tạo và Nghiên cứu khoa học"], ["TCHC", "Phòng Tổ chức – Hành chính"]]) {
      writer.push("Unit", unitRow({ id: newId("un"), code: `${school.code}-${key}`, name }, "OFFICE", school.id));
    }
    const usedPlaces = new Set<string>();
    const centers: UnitRef[] = [];
    for (let c = 1; c <= options.centersPerProvince; c++) {
      let place = `${rng.pick(PLACE_A)} ${rng.pick(PLACE_B)}`;
      for (let k = 2; usedPlaces.has(place); k++) place = `${rng.pick(PLACE_A)} ${rng.pick(PLACE_B)}${k > 20 ? ` ${k}` : ""}`;
      usedPlaces.add(place);
      const districtName = `huyện ${place}`;
      const center: UnitRef = { id: newId("un"), code: `${provCode}-TT${pad(c, 2)}`, name: `Trung tâm Chính trị ${districtName}`, districtName };
      centers.push(center);
      writer.push("Unit", unitRow(center, "CENTER", province.id, "DISTRICT"));
    }
    // A leadership account of the school (finalizes the sheets).
    const userId = newId("us");
    const username = `${prefix}-p${pad(p, 2)}-bgh`.toLowerCase();
    writer.push("User", [userId, username, `${username}@example.vn`, `Ban Giám hiệu ${school.name}`, passwordHash, nowTs]);
    writer.push("RoleAssignment", [newId("ra"), userId, "SCHOOL_LEADERSHIP", school.id, "2022-01-01 00:00:00"]);
    // Lecturers: four per faculty, two per center.
    const lecturersBy = new Map<string, string[]>();
    const lecturerNames = new Map<string, string>();
    const addLecturer = (unit: UnitRef, key: string, kind: string) => {
      const gender = rng.chance(0.45) ? "FEMALE" : "MALE";
      const name = fakeName(rng, gender);
      const id = newId("le");
      writer.push("Lecturer", [id, unit.id, name, nameSortKey(name), gender, `${rng.int(1965, 1995)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`, kind, rng.weighted([["MASTER", 60], ["DOCTOR", 15], ["BACHELOR", 25]] as const), "CAO_CAP", null, nowTs]);
      lecturersBy.set(key, [...(lecturersBy.get(key) ?? []), id]);
      lecturerNames.set(id, name);
    };
    for (const f of faculties) for (let i = 0; i < 4; i++) addLecturer(f.unit, f.key, "FULL_TIME");
    for (const c of centers) {
      addLecturer(c, c.code, "CONCURRENT");
      addLecturer(c, c.code, rng.pick(["FULL_TIME", "RAPPORTEUR", "COLLABORATOR"]));
    }

    // Learners: a share registered by the school, the rest by the centers.
    const count = Math.floor(options.learners / options.provinces) + (p <= options.learners % options.provinces ? 1 : 0);
    const pools = new Map<string, number[]>(); // unit id → learner indexes
    const learnerIds: string[] = [];
    const ability = new Float32Array(count);
    const homes = [school, ...centers];
    const weights = homes.map((_, i) => (i === 0 ? 0.12 * centers.length / 0.88 : 0.6 + rng.next() * 0.8));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < count; i++) {
      let r = rng.next() * weightSum;
      let h = 0;
      while (r >= weights[h] && h < homes.length - 1) r -= weights[h++];
      const home = homes[h];
      const gender = rng.chance(0.45) ? "FEMALE" : "MALE";
      const name = fakeName(rng, gender);
      const birthYear = rng.int(1968, 2004);
      const party = birthYear > 1998 ? rng.weighted([["NONE", 50], ["PROBATIONARY", 30], ["OFFICIAL", 20]] as const) : rng.weighted([["OFFICIAL", 85], ["PROBATIONARY", 5], ["NONE", 10]] as const);
      const commune = `xã ${rng.pick(PLACE_A)} ${rng.pick(PLACE_B)}`;
      const district = home.districtName ?? `huyện ${rng.pick(PLACE_A)} ${rng.pick(PLACE_B)}`;
      const position = rng.pick(D.COMMUNE_POSITIONS.filter((x) => party !== "NONE" || !x.partyOnly).filter((x) => gender === "FEMALE" || !x.position.includes("Phụ nữ")));
      const id = newId("lr");
      learnerCounter++;
      writer.push("Learner", [
        id,
        citizenHead + pad(learnerCounter, 8),
        name,
        nameSortKey(name),
        `${birthYear}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
        gender,
        rng.weighted(D.ETHNICITIES_OTHER),
        party,
        party === "NONE" ? null : party === "PROBATIONARY" ? `2026-${pad(rng.int(1, 10), 2)}-${pad(rng.int(1, 28), 2)}` : `${Math.min(2024, birthYear + rng.int(20, 30))}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
        position.position.replace("{c}", commune),
        `${position.workplace.replace("{c}", commune)}, ${district}`,
        rng.weighted([["UPPER_SECONDARY", 15], ["VOCATIONAL", 10], ["COLLEGE", 15], ["BACHELOR", 50], ["MASTER", 10]] as const),
        rng.weighted([["NONE", 50], ["SO_CAP", 30], ["TRUNG_CAP", 15], ["CAO_CAP", 5]] as const),
        home.id,
        nowTs,
      ]);
      learnerIds.push(id);
      ability[i] = Math.min(9.4, Math.max(4.0, rng.normal(7.2, 0.75)));
      const pool = pools.get(home.id);
      if (pool) pool.push(i);
      else pools.set(home.id, [i]);
      await maybeFlush();
    }
    report(`Tỉnh ${provName}: ${count.toLocaleString("vi-VN")} học viên`);

    // Classes (metadata first: the plans are derived from them and inserted before them).
    const classes: ClassMeta[] = [];
    for (const host of homes) {
      const atSchool = host === school;
      const pool = pools.get(host.id) ?? [];
      const n = options.classesPerCenter && !atSchool ? options.classesPerCenter : Math.max(1, Math.round((pool.length * ENROLMENTS_PER_LEARNER) / 45));
      for (let k = 0; k < n; k++) {
        const program = programs.get(rng.weighted(atSchool ? SCHOOL_PROGRAMS : CENTER_PROGRAMS))!;
        const mode: StudyMode = program.def.code === "TCLLCT" ? (atSchool ? "CONCENTRATED" : "NON_CONCENTRATED") : program.def.code === "SCLLCT" ? "NON_CONCENTRATED" : "CONCENTRATED";
        const start = nextWeekday(addDays(day("2022-01-10"), rng.int(0, 365 * 5 - 20)));
        const sched = scheduleClass(program.def, mode, isoDay(start));
        const end = sched.end;
        let status: ClassStatus;
        if (end < DEMO_TODAY) status = rng.chance(0.04) ? "CANCELLED" : "FINISHED";
        else if (start <= DEMO_TODAY) status = "IN_PROGRESS";
        else {
          const days = (start.getTime() - DEMO_TODAY.getTime()) / 86_400_000;
          status = days <= 30 ? "ENROLLING" : days <= 60 ? "APPROVED" : "PLANNED";
        }
        const target = Math.round((pool.length * ENROLMENTS_PER_LEARNER) / n);
        const size = Math.max(1, Math.min(pool.length, Math.max(10, Math.min(120, target + rng.int(-5, 5)))));
        classCounter++;
        classes.push({
          id: newId("cl"),
          code: `${host.code}-${program.def.classPrefix}-${start.getUTCFullYear()}-${pad(k + 1, 3)}`,
          program,
          host,
          atSchool,
          mode,
          start,
          end,
          status,
          size: pool.length ? size : 0,
          sched,
        });
      }
    }

    // Annual plans 2022–2026 (approved) and 2027 (draft), one line per program and host, from the classes.
    for (let year = 2022; year <= 2027; year++) {
      const planId = newId("ap");
      writer.push("AnnualPlan", [planId, school.id, year, `Kế hoạch đào tạo, bồi dưỡng năm ${year} của ${school.name}`, year <= 2026 ? "APPROVED" : "DRAFT", year <= 2026 ? userId : null, year <= 2026 ? `${year}-01-15 09:00:00` : null, nowTs]);
      const groups = new Map<string, ClassMeta[]>();
      for (const c of classes) {
        if (c.start.getUTCFullYear() !== year) continue;
        const key = `${c.program.def.code}|${c.host.id}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      for (const group of groups.values()) {
        const first = group[0];
        const lineId = newId("pl");
        const extra = year < 2026 && rng.chance(0.15) ? 1 : 0;
        const cancelled = group.filter((c) => c.status === "CANCELLED").length;
        const notDone = extra + cancelled;
        const outcome = year >= 2026 ? "PENDING" : notDone === 0 ? "DONE" : notDone >= group.length + extra ? "NOT_CARRIED_OUT" : rng.chance(0.5) ? "PARTIAL" : "CARRIED_OVER";
        const reason = outcome === "PENDING" || outcome === "DONE" ? null : rng.pick(["Không đủ số học viên", "Chưa có văn bản hướng dẫn", "Chuyển sang năm sau theo đề nghị của cấp ủy"]);
        const planned = group.reduce((s, c) => s + Math.max(c.size, 30), 0) + extra * 40;
        writer.push("PlanLine", [lineId, planId, first.program.id, first.host.id, first.mode, group.length + extra, planned, first.atSchool ? "Ngân sách tỉnh" : `Ngân sách ${first.host.districtName}`, outcome, notDone, notDone * 40, reason]);
        for (const c of group) c.planLineId = lineId;
      }
    }
    await maybeFlush();

    // Class rows with everything under them.
    const shuffled = new Map<string, number[]>();
    for (const [unitId, pool] of pools) shuffled.set(unitId, rng.shuffle([...pool]));
    for (const c of classes) {
      writeClass(c);
      await maybeFlush();
    }
    report(`Tỉnh ${provName}: ${classes.length} lớp`);

    function writeClass(c: ClassMeta) {
      const program = c.program;
      const started = c.status === "IN_PROGRESS" || c.status === "FINISHED";
      const finished = c.status === "FINISHED";
      const name = `Lớp ${program.def.name} ${c.start.getUTCFullYear()}, ${c.atSchool ? "tại trường" : c.host.name.replace("Trung tâm Chính trị ", "")}`;
      const trail = statusTrail(c.status, c.start, c.end);
      const approved = trail.find((t) => t.to === "APPROVED");
      writer.push("TrainingClass", [
        c.id, c.code, name, program.id, program.ruleVersionId, c.planLineId ?? null, school.id, c.host.id, c.mode,
        c.atSchool ? school.name : `Hội trường ${c.host.name}`, Math.max(c.size, 10), isoDay(c.start), isoDay(c.end), c.status,
        c.status === "CANCELLED" ? rng.pick(["Không đủ số học viên", "Chưa có văn bản hướng dẫn", "Điều chỉnh kế hoạch của cấp ủy"]) : null,
        c.atSchool ? "Ngân sách tỉnh" : `Ngân sách ${c.host.districtName}`,
        approved ? ts(approved.at, 10) : null, started ? ts(c.start, 7) : null, finished ? ts(c.end, 16) : null, nowTs,
      ]);
      for (const t of trail) writer.push("ClassStatusChange", [newId("sc"), c.id, t.from, t.to, t.to === "CANCELLED" ? "Không đủ số học viên" : null, ts(t.at, 9)]);
      if (!["IN_PROGRESS", "FINISHED", "ENROLLING"].includes(c.status) || c.size === 0) return;

      // Learners: a contiguous run of the host's shuffled pool (distinct within the class).
      const pool = shuffled.get(c.host.id)!;
      const offset = rng.int(0, pool.length - 1);
      const members: Array<{ idx: number; enrolmentId: string; withdrawn: boolean }> = [];
      for (let k = 0; k < c.size; k++) {
        const idx = pool[(offset + k) % pool.length];
        const withdrawn = finished && rng.chance(0.02);
        const enrolmentId = newId("en");
        members.push({ idx, enrolmentId, withdrawn });
        writer.push("Enrolment", [enrolmentId, c.id, learnerIds[idx], withdrawn ? "WITHDRAWN" : finished ? "COMPLETED" : "ENROLLED", ts(addDays(c.start, -rng.int(7, 30)), 9)]);
      }
      if (!started) return;

      const assessed = program.subjects.filter((s) => s.assessment !== "NONE").map((s) => ({ s, date: c.sched.subjectEnd.get(s.code)! })).filter((x) => x.date < DEMO_TODAY);
      assessed.sort((a, b) => a.date.getTime() - b.date.getTime());
      const scores = new Map<string, Float32Array>(); // subject code → score per member (NaN = absent/missing)
      assessed.forEach(({ s, date }, k) => {
        const last = !finished && k === assessed.length - 1;
        const sheetId = newId("gs");
        const finalizedAt = ts(addDays(date, 12), 14);
        writer.push("GradeSheet", [sheetId, c.id, s.id, "SUBMITTED", ts(addDays(date, 5), 10), last ? null : userId, last ? null : finalizedAt, nowTs]);
        if (!last) {
          writer.finalizeSheet(sheetId);
          writer.push("GradeSheetLockEvent", [newId("lk"), sheetId, "FINALIZE", userId, finalizedAt]);
        }
        const values = new Float32Array(members.length).fill(Number.NaN);
        members.forEach((m, i) => {
          if (m.withdrawn && k >= assessed.length / 2) return;
          const absent = rng.chance(finished ? 0.002 : 0.01);
          const score = absent ? null : D.drawScore(rng, ability[m.idx]);
          if (score !== null) values[i] = score;
          writer.push("Grade", [newId("gr"), sheetId, m.enrolmentId, score, absent, nowTs]);
        });
        scores.set(s.code, values);
      });
      if (!finished) return;
      const counted = program.subjects.filter((s) => s.assessment !== "NONE");
      const issuer = program.def.code === "TCLLCT" || c.atSchool ? school : c.host;
      members.forEach((m, i) => {
        if (m.withdrawn) return;
        const { finalScore: score, classification } = D.resultOf(counted.map((s) => {
          const v = scores.get(s.code)?.[i];
          return { weight: Number(s.weight), score: v === undefined || Number.isNaN(v) ? null : v };
        }));
        const resultId = newId("rs");
        writer.push("Result", [resultId, m.enrolmentId, program.ruleVersionId, score, classification, classification !== "KHONG_DAT", ts(addDays(c.end, 2), 10)]);
        if (classification === "KHONG_DAT") return;
        certificateCounter++;
        writer.push("Certificate", [
          newId("ce"), resultId, program.def.certificateKind, `${prefix}-${pad(certificateCounter, 8)}`, `${pad(certificateCounter, 8)}/${c.end.getUTCFullYear()}`,
          D.verificationCode("generated", seed, certificateCounter), isoDay(addDays(c.end, 7)), issuer.id,
        ]);
      });
    }

    // Research outputs of the school, 2022–2026.
    const allLecturers = faculties.flatMap((f) => lecturersBy.get(f.key) ?? []);
    for (let year = 2022; year <= 2026; year++) {
      let issue = 0;
      const items = rng.int(10, 20);
      for (let i = 0; i < items; i++) {
        const kind = rng.weighted([["PROJECT", 20], ["SCHEME", 3], ["CONFERENCE", 10], ["SEMINAR", 10], ["PROCEEDINGS", 5], ["BULLETIN_ISSUE", 10], ["MONOGRAPH", 2], ["JOURNAL_ARTICLE", 30], ["ESSAY_CONTEST_ENTRY", 10]] as const);
        const level = kind === "PROJECT" || kind === "CONFERENCE" || kind === "SEMINAR" ? rng.weighted([["PROVINCE", 25], ["SCHOOL", 55], ["FACULTY", 15], ["CLUSTER", 5]] as const) : kind === "JOURNAL_ARTICLE" ? rng.weighted([["NATIONAL", 60], ["PROVINCE", 40]] as const) : null;
        const date = day(`${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`);
        const status = kind === "PROJECT" || kind === "SCHEME" ? (date < addDays(DEMO_TODAY, -365) ? rng.weighted([["ACCEPTED", 80], ["CANCELLED", 5], ["IN_PROGRESS", 15]] as const) : rng.weighted([["PROPOSED", 20], ["APPROVED", 30], ["IN_PROGRESS", 50]] as const)) : date < DEMO_TODAY ? "PUBLISHED" : "APPROVED";
        const title = kind === "BULLETIN_ISSUE" ? `Thông tin lý luận và thực tiễn số ${++issue}/${year}` : `${rng.pick(D.RESEARCH_TITLES[kind])}${kind === "PROJECT" ? ` tỉnh ${provName}` : ""}`;
        const outputId = newId("ro");
        writer.push("ResearchOutput", [
          outputId, school.id, kind, level, title, status, isoDay(date),
          kind === "CONFERENCE" || kind === "PROCEEDINGS" || kind === "SEMINAR" ? rng.int(8, 45) : null,
          kind === "BULLETIN_ISSUE" ? `Số ${issue}/${year}` : null,
          kind === "MONOGRAPH" ? "Nhà xuất bản Chính trị quốc gia Sự thật" : kind === "JOURNAL_ARTICLE" ? rng.pick(["Tạp chí Lý luận chính trị", "Tạp chí Cộng sản", "Tạp chí Giáo dục lý luận"]) : null,
          nowTs,
        ]);
        if (kind !== "BULLETIN_ISSUE") {
          const authors = rng.int(1, 3);
          for (let a = 0; a < authors; a++) {
            const lecturerId = allLecturers[rng.int(0, allLecturers.length - 1)];
            writer.push("ResearchAuthor", [newId("au"), outputId, lecturerId, lecturerNames.get(lecturerId)!, a === 0 ? "LEAD" : "MEMBER"]);
          }
        }
      }
    }

    // Inspections by the board, one plan a year.
    for (let year = 2022; year <= 2026; year++) {
      const planId = newId("ip");
      const start = nextWeekday(day(`${year}-${pad(rng.int(9, 11), 2)}-${pad(rng.int(1, 20), 2)}`));
      const targets = rng.shuffle([...centers]).slice(0, Math.min(centers.length, rng.int(2, 3)));
      const done = addDays(start, 3) < DEMO_TODAY;
      writer.push("InspectionPlan", [
        planId, board.id, `${rng.int(20, 120)}-KH/BTG-${year}`,
        `Kiểm tra công tác đào tạo, bồi dưỡng ${targets.map((t) => t.name).join(", ")} năm ${year}`, year,
        isoDay(addDays(start, -21)), isoDay(start), isoDay(addDays(start, targets.length - 1)),
        "Kiểm tra việc thực hiện kế hoạch đào tạo, bồi dưỡng; quản lý lớp học, học viên; chế độ, chính sách đối với giảng viên.",
        done ? "COMPLETED" : "ISSUED", nowTs,
      ]);
      writer.push("InspectionTeamMember", [newId("tm"), planId, fakeName(rng, "MALE"), `Phó Trưởng Ban Tuyên giáo Tỉnh ủy ${provName}`, "HEAD"]);
      writer.push("InspectionTeamMember", [newId("tm"), planId, fakeName(rng, "FEMALE"), `Phó Hiệu trưởng ${school.name}`, "DEPUTY"]);
      writer.push("InspectionTeamMember", [newId("tm"), planId, fakeName(rng, "FEMALE"), "Chuyên viên Ban Tuyên giáo Tỉnh ủy", "SECRETARY"]);
      targets.forEach((t, i) => {
        const visitDate = addDays(start, i);
        writer.push("InspectionTarget", [newId("it"), planId, t.id, isoDay(visitDate)]);
        if (!done) return;
        const visitId = newId("iv");
        writer.push("InspectionVisit", [
          visitId, planId, t.id, isoDay(visitDate),
          "Hồ sơ kế hoạch mở lớp, chương trình, lịch giảng, sổ quản lý học viên, hồ sơ thi và cấp giấy chứng nhận.",
          "Các chỉ tiêu mở lớp cơ bản hoàn thành; quản lý học viên theo quy định.",
          "Chủ động tham mưu cấp ủy; đội ngũ giảng viên kiêm chức nhiệt tình, trách nhiệm.",
          "Chưa đủ biên chế giảng viên chuyên trách; một số hồ sơ chưa đầy đủ.",
          "Đề nghị trung tâm khắc phục các hạn chế, báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy.",
          nowTs,
        ]);
        const recs = rng.int(1, 3);
        for (let r = 0; r < recs; r++) {
          const due = addDays(visitDate, rng.int(90, 240));
          const status = due < addDays(DEMO_TODAY, -180) ? rng.weighted([["DONE", 80], ["IN_PROGRESS", 10], ["OPEN", 5], ["CANCELLED", 5]] as const) : rng.weighted([["OPEN", 50], ["IN_PROGRESS", 40], ["DONE", 10]] as const);
          const closed = status === "DONE" || status === "CANCELLED" ? addDays(due, -rng.int(0, 60)) : null;
          const recId = newId("rc");
          writer.push("Recommendation", [recId, visitId, t.id, rng.pick(RECOMMENDATIONS), isoDay(due), status, closed ? ts(closed, 10) : null, nowTs]);
          if (status !== "OPEN") writer.push("RecommendationFollowUp", [newId("fu"), recId, isoDay(addDays(visitDate, rng.int(20, 80))), "Đơn vị đã xây dựng kế hoạch khắc phục.", "IN_PROGRESS"]);
          if (closed) writer.push("RecommendationFollowUp", [newId("fu"), recId, isoDay(closed), status === "DONE" ? "Đã khắc phục xong, Ban Tuyên giáo xác nhận." : "Không còn phù hợp do sắp xếp tổ chức.", status]);
        }
      });
    }
    await writer.flush();
    report(`Xong tỉnh ${provName}`);
  }
  await writer.flush();
  const elapsedMs = Date.now() - startedAt;
  return { prefix, counts: { ...writer.counts }, totalRows: writer.totalRows, elapsedMs, writeMs: writer.writeMs, rowsPerSecond: writer.totalRows / Math.max(0.001, elapsedMs / 1000) };
}

function nextWeekday(d: Date): Date {
  let x = d;
  while (x.getUTCDay() === 0 || x.getUTCDay() === 6) x = addDays(x, 1);
  return x;
}

function fakeName(rng: Rng, gender: "MALE" | "FEMALE"): string {
  const family = rng.weighted(D.FAMILY_NAMES);
  const middle = rng.pick(gender === "MALE" ? D.MALE_MIDDLE : D.FEMALE_MIDDLE);
  return `${family} ${middle} ${rng.pick(gender === "MALE" ? D.MALE_GIVEN : D.FEMALE_GIVEN)}`;
}

// ───────────────────────────── CLI ─────────────────────────────

export function parseGenerateArgs(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      learners: { type: "string" },
      provinces: { type: "string" },
      "centers-per-province": { type: "string" },
      "classes-per-center": { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
      method: { type: "string" },
    },
    strict: true,
  });
  const int = (name: string, value: string | undefined, fallback?: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} phải là số nguyên không âm (nhận được "${value}").`);
    return n;
  };
  const method = (values.method ?? DEFAULT_OPTIONS.method) as InsertMethod;
  if (!["literal", "params", "prisma"].includes(method)) throw new Error(`--method phải là literal, params hoặc prisma.`);
  return {
    learners: int("learners", values.learners, 20_000)!,
    provinces: int("provinces", values.provinces, DEFAULT_OPTIONS.provinces)!,
    centersPerProvince: int("centers-per-province", values["centers-per-province"], DEFAULT_OPTIONS.centersPerProvince)!,
    classesPerCenter: int("classes-per-center", values["classes-per-center"]),
    seed: int("seed", values.seed, DEFAULT_OPTIONS.seed)!,
    batch: Math.max(1, int("batch", values.batch, DEFAULT_OPTIONS.batch)!),
    method,
  };
}

const LABELS: Record<string, string> = { Learner: "học viên", TrainingClass: "lớp", Enrolment: "ghi danh", Grade: "điểm", Result: "kết quả", Certificate: "văn bằng" };

if (process.argv[1]?.endsWith("generate.ts")) {
  const nf = new Intl.NumberFormat("vi-VN");
  let options: GenerateOptions;
  try {
    options = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const db = openDatabase();
  console.log(`Sinh dữ liệu lớn (${db.kind === "pglite" ? "PGlite" : "PostgreSQL"}): ${nf.format(options.learners)} học viên, ${options.provinces} tỉnh × ${options.centersPerProvince} trung tâm, seed ${options.seed}, lô ${options.batch}, cách ghi ${options.method}`);
  try {
    const result = await generate(db, options, (p) => {
      const parts = Object.entries(LABELS).map(([table, label]) => `${nf.format(p.counts[table] ?? 0)} ${label}`);
      console.log(`[${(p.elapsedMs / 1000).toFixed(1)} s] ${p.message === "lô" ? "" : p.message + " · "}${parts.join(", ")} · ${nf.format(Math.round(p.rowsPerSecond))} dòng/giây`);
    });
    console.log(`Hoàn tất: ${nf.format(result.totalRows)} dòng trong ${(result.elapsedMs / 1000).toFixed(1)} giây (${nf.format(Math.round(result.rowsPerSecond))} dòng/giây; ghi vào CSDL ${(result.writeMs / 1000).toFixed(1)} giây), mã ${result.prefix}-…`);
    for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(24)} ${nf.format(n).padStart(12)}`);
  } catch (error) {
    console.error("Lỗi khi sinh dữ liệu:", error);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
