// Demo data that makes every screen meaningful: `npm run db:seed` (after `npm run db:migrate`).
// Deterministic (seeded PRNG, fixed dates) and idempotent: rows with a natural key are upserted by it, other rows
// get a stable id derived from their natural context (stableId) and are inserted with ON CONFLICT DO NOTHING, and a
// class with all its children (sessions, enrolments, attendance, grades, results, certificates) is written in one
// transaction only when the class does not exist yet (its finalized grade sheets cannot be rewritten anyway).
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db/connection";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type {
  AttendanceStatus,
  ClassStatus,
  EducationLevel,
  Gender,
  GradeSheetStatus,
  PartyMembership,
  SessionPart,
  StudyMode,
  TheoryLevel,
} from "@/lib/generated/prisma/enums";
import * as D from "./seed-data";
import { addDays, at, day, isoDay, Rng, stableId } from "./seed-data";

type Tx = Prisma.TransactionClient;

/** The seed's "today": sessions before it took place, later ones are planned. */
export const DEMO_TODAY = day("2026-11-20");

export interface SeedOptions {
  /** Progress lines (Vietnamese); console.log by default. */
  log?: (line: string) => void;
}

export interface SeedSummary {
  units: number;
  learners: number;
  classes: number;
  classesCreated: number;
  users: number;
}

export interface ProgramInfo {
  id: string;
  def: D.ProgramDef;
  ruleVersionId: string;
  subjects: Array<D.SubjectDef & { id: string; position: number }>;
}

interface Lect {
  id: string;
  name: string;
  unitCode: string;
}

interface Ctx {
  prisma: PrismaClient;
  log: (line: string) => void;
  units: Map<string, string>;
  programs: Map<string, ProgramInfo>;
  users: Map<string, string>;
  lecturers: Map<string, Lect>;
  planLines: Map<string, string>;
  learnerIds: Map<string, string>;
}

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function req<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Thiếu ${what}: ${key}`);
  return value;
}

// ───────────────────────────── Units, cluster ─────────────────────────────

async function upsertUnit(ctx: Ctx, def: D.UnitDef, provinceCode: string | null, extra: Partial<Prisma.UnitUncheckedCreateInput> = {}) {
  const parentId = def.parentCode ? req(ctx.units, def.parentCode, "đơn vị") : null;
  const provinceId = provinceCode ? (ctx.units.get(provinceCode) ?? null) : null;
  const data = {
    name: def.name,
    shortName: def.shortName ?? null,
    kind: def.kind,
    centerLevel: def.centerLevel ?? null,
    parentId,
    provinceId,
    address: def.address ?? null,
    validFrom: day(def.validFrom ?? "2000-01-01"),
    ...extra,
  };
  const unit = await ctx.prisma.unit.upsert({ where: { code: def.code }, create: { code: def.code, ...data }, update: data });
  ctx.units.set(def.code, unit.id);
  if (def.kind === "PROVINCE" && unit.provinceId !== unit.id) {
    await ctx.prisma.unit.update({ where: { id: unit.id }, data: { provinceId: unit.id } });
  }
  return unit.id;
}

async function seedUnits(ctx: Ctx) {
  await upsertUnit(ctx, D.ACADEMY, null);
  for (const def of D.LS_UNITS) await upsertUnit(ctx, def, "LS");
  await upsertUnit(ctx, D.LS_HISTORY_UNITS[0], "LS");
  await upsertUnit(ctx, D.LS_HISTORY_UNITS[1], "LS", { status: "DISSOLVED", validTo: day("2021-12-31") });
  for (const school of D.CLUSTER_SCHOOLS) {
    if (school.provinceCode === "LS") continue;
    await upsertUnit(ctx, { code: school.provinceCode, name: `Tỉnh ${school.provinceName}`, shortName: school.provinceName, kind: "PROVINCE", validFrom: "1900-01-01" }, school.provinceCode);
    await upsertUnit(ctx, { code: `${school.provinceCode}-TCT`, name: school.schoolName, kind: "SCHOOL", parentCode: school.provinceCode, validFrom: "1995-01-01" }, school.provinceCode);
  }
  ctx.log(`  Đơn vị: ${ctx.units.size}`);
}

async function seedUnitChanges(ctx: Ctx) {
  const u = (code: string) => req(ctx.units, code, "đơn vị");
  await ctx.prisma.unitChange.createMany({
    skipDuplicates: true,
    data: [
      {
        id: stableId("unitchange", "LS-TT-CAOLOC", "RENAMED"),
        unitId: u("LS-TT-CAOLOC"),
        kind: "RENAMED",
        effectiveDate: day("2022-01-01"),
        oldName: "Trung tâm Bồi dưỡng chính trị huyện Cao Lộc",
        newName: "Trung tâm Chính trị huyện Cao Lộc",
        decisionRef: "Đề án số 04-ĐA/TU ngày 02/12/2021 của Tỉnh ủy Lạng Sơn",
        note: "Ví dụ minh họa: đổi tên khi tái thành lập trung tâm chính trị cấp huyện.",
      },
      {
        id: stableId("unitchange", "LS-TTBDCT-DINHLAP", "DISSOLVED"),
        unitId: u("LS-TTBDCT-DINHLAP"),
        kind: "DISSOLVED",
        effectiveDate: day("2021-12-31"),
        successorUnitId: u("LS-TT-DINHLAP"),
        decisionRef: "Đề án số 04-ĐA/TU ngày 02/12/2021 của Tỉnh ủy Lạng Sơn",
        note: "Ví dụ minh họa: giải thể, nhiệm vụ chuyển cho Trung tâm Chính trị huyện Đình Lập (tái thành lập).",
      },
      {
        id: stableId("unitchange", "LS-TT-XA-DONGDANG", "CREATED"),
        unitId: u("LS-TT-XA-DONGDANG"),
        kind: "CREATED",
        effectiveDate: day("2025-07-01"),
        newName: "Trung tâm Chính trị xã Đồng Đăng",
        newParentId: u("LS"),
        decisionRef: "Quy định 360-QĐ/TW (2025)",
        note: "Ví dụ minh họa: trung tâm chính trị cấp xã thành lập khi bỏ cấp huyện.",
      },
    ],
  });
}

async function seedCluster(ctx: Ctx) {
  const cluster = await ctx.prisma.emulationCluster.upsert({
    where: { code: D.CLUSTER.code },
    create: { code: D.CLUSTER.code, name: D.CLUSTER.name },
    update: { name: D.CLUSTER.name },
  });
  for (const year of D.CLUSTER_YEARS) {
    for (const school of D.CLUSTER_SCHOOLS) {
      const unitId = req(ctx.units, `${school.provinceCode}-TCT`, "trường");
      await ctx.prisma.clusterMembership.upsert({
        where: { clusterId_unitId_year: { clusterId: cluster.id, unitId, year } },
        create: { clusterId: cluster.id, unitId, year, role: school.role },
        update: { role: school.role },
      });
    }
  }
  return cluster.id;
}

// ───────────────────────────── Programs and rules ─────────────────────────────

/** Upserts the programs, their subjects, hosting rules and rule version 1. Also used by the generator. */
export async function ensurePrograms(prisma: PrismaClient): Promise<Map<string, ProgramInfo>> {
  const result = new Map<string, ProgramInfo>();
  for (const def of D.PROGRAMS) {
    const data = {
      name: def.name,
      aliases: def.aliases,
      category: def.category,
      durationText: def.durationText,
      certificateKind: def.certificateKind,
    };
    const program = await prisma.program.upsert({ where: { code: def.code }, create: { code: def.code, ...data }, update: data });
    await prisma.$transaction([
      prisma.programHostingRule.deleteMany({ where: { programId: program.id } }),
      prisma.programHostingRule.createMany({ data: def.hosting.map((h) => ({ programId: program.id, unitKind: h.unitKind, mode: h.mode })) }),
    ]);
    const subjects: ProgramInfo["subjects"] = [];
    for (const [index, s] of def.subjects.entries()) {
      const subjectData = { name: s.name, periods: s.periods, position: index + 1, knowledgeBlock: s.block ?? null, assessment: s.assessment, weight: s.weight };
      const row = await prisma.subject.upsert({
        where: { programId_code: { programId: program.id, code: s.code } },
        create: { programId: program.id, code: s.code, ...subjectData },
        update: subjectData,
      });
      subjects.push({ ...s, id: row.id, position: index + 1 });
    }
    // A rule version in use is frozen by a trigger; an existing version is left as it is.
    const rule = await prisma.ruleVersion.upsert({
      where: { programId_version: { programId: program.id, version: 1 } },
      create: {
        programId: program.id,
        version: 1,
        name: def.rule.name,
        regulationRef: def.rule.regulationRef,
        effectiveFrom: day(def.rule.effectiveFrom),
        eligibility: def.rule.eligibility as Prisma.InputJsonValue,
        classification: D.CLASSIFICATION_THRESHOLDS as unknown as Prisma.InputJsonValue,
        passMark: D.PASS_MARK,
        maxScore: 10,
        minAttendancePct: def.rule.minAttendancePct,
      },
      update: {},
    });
    result.set(def.code, { id: program.id, def, ruleVersionId: rule.id, subjects });
  }
  return result;
}

async function seedStandards(ctx: Ctx) {
  const s = D.STANDARD_SET;
  const set = await ctx.prisma.standardCriterionSet.upsert({
    where: { code: s.code },
    create: { code: s.code, name: s.name, regulationRef: s.regulationRef, effectiveFrom: day(s.effectiveFrom) },
    update: { name: s.name, regulationRef: s.regulationRef },
  });
  const perGroup = new Map<number, number>();
  const criteria: Array<{ id: string; level: number; code: string }> = [];
  for (const [index, [group, level, text]] of D.STANDARD_CRITERIA.entries()) {
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    const code = `${group}.${n}`;
    const row = await ctx.prisma.standardCriterion.upsert({
      where: { setId_code: { setId: set.id, code } },
      create: { setId: set.id, groupNo: group, code, text, level, maxScore: level === 2 ? 2 : 1, position: index + 1 },
      update: { groupNo: group, text, level, maxScore: level === 2 ? 2 : 1, position: index + 1 },
    });
    criteria.push({ id: row.id, level, code });
  }
  // The school's self-assessment for 2025, in progress.
  const assessment = await ctx.prisma.standardAssessment.upsert({
    where: { setId_unitId_year: { setId: set.id, unitId: req(ctx.units, "LS-TCT", "trường"), year: 2025 } },
    create: { setId: set.id, unitId: req(ctx.units, "LS-TCT", "trường"), year: 2025, status: "DRAFT" },
    update: {},
  });
  const rng = new Rng(hashSeed("standard-assessment"));
  await ctx.prisma.standardAssessmentItem.createMany({
    skipDuplicates: true,
    data: criteria.map((c) => {
      const met = c.level === 1 ? rng.chance(0.92) : rng.chance(0.45);
      return {
        id: stableId("stditem", assessment.id, c.code),
        assessmentId: assessment.id,
        criterionId: c.id,
        met,
        score: met ? (c.level === 2 ? 2 : 1) : 0,
        note: met ? null : "Đang hoàn thiện hồ sơ minh chứng",
      };
    }),
  });
  // Bytes go through SQL: pglite-prisma-adapter 0.6.1 rejects a Bytes value passed by Prisma ("Invalid input for bytea type").
  const evidenceText = "Quy chế tổ chức và hoạt động của Trường Chính trị Hoàng Văn Thụ (bản minh họa).\n";
  await ctx.prisma.$executeRawUnsafe(
    `INSERT INTO "EvidenceFile" ("id", "itemId", "fileName", "mimeType", "size", "content") VALUES ($1, $2, $3, $4, $5, convert_to($6, 'UTF8')) ON CONFLICT DO NOTHING`,
    stableId("evidence", assessment.id, "1.1"),
    stableId("stditem", assessment.id, "1.1"),
    "quy-che-to-chuc-hoat-dong.txt",
    "text/plain; charset=utf-8",
    Buffer.byteLength(evidenceText),
    evidenceText,
  );
  ctx.log(`  Tiêu chí trường chuẩn: ${criteria.length} chỉ tiêu`);
}

// ───────────────────────────── Users, lecturers, coordination ─────────────────────────────

async function seedUsers(ctx: Ctx) {
  let hash: string | undefined;
  for (const account of D.DEMO_ACCOUNTS) {
    const existing = await ctx.prisma.user.findUnique({ where: { username: account.username } });
    let user;
    if (existing) {
      // Keep a working demo password without rehashing on every run.
      const ok = await verifyPassword(D.DEMO_PASSWORD, existing.passwordHash);
      hash ??= ok ? undefined : await hashPassword(D.DEMO_PASSWORD);
      user = await ctx.prisma.user.update({
        where: { id: existing.id },
        data: { fullName: account.fullName, email: account.email, active: true, ...(ok ? {} : { passwordHash: hash }) },
      });
    } else {
      hash ??= await hashPassword(D.DEMO_PASSWORD);
      user = await ctx.prisma.user.create({
        data: { username: account.username, email: account.email, fullName: account.fullName, passwordHash: hash },
      });
    }
    ctx.users.set(account.username, user.id);
    const unitId = req(ctx.units, account.unitCode, "đơn vị");
    await ctx.prisma.roleAssignment.upsert({
      where: { userId_role_unitId: { userId: user.id, role: account.role, unitId } },
      create: { userId: user.id, role: account.role, unitId, validFrom: at("2022-01-01") },
      update: {},
    });
  }
  ctx.log(`  Tài khoản: ${D.DEMO_ACCOUNTS.length} (mật khẩu ${D.DEMO_PASSWORD})`);
}

async function upsertLecturer(ctx: Ctx, def: D.LecturerDef) {
  const id = stableId("lecturer", def.unitCode, def.fullName);
  const data = {
    unitId: req(ctx.units, def.unitCode, "đơn vị"),
    userId: def.username ? req(ctx.users, def.username, "tài khoản") : null,
    fullName: def.fullName,
    sortKey: nameSortKey(def.fullName),
    gender: def.gender,
    birthDate: day(`${def.birthYear}-0${1 + (hashSeed(def.fullName) % 9)}-1${hashSeed(def.fullName) % 9}`),
    kind: def.kind,
    degree: def.degree ?? null,
    title: def.title ?? null,
    theoryLevel: def.theoryLevel,
    major: def.major ?? null,
    email: def.username ? D.DEMO_ACCOUNTS.find((a) => a.username === def.username)?.email ?? null : null,
  };
  await ctx.prisma.lecturer.upsert({ where: { id }, create: { id, ...data }, update: data });
  ctx.lecturers.set(def.fullName, { id, name: def.fullName, unitCode: def.unitCode });
}

async function seedLecturers(ctx: Ctx) {
  for (const def of D.LS_LECTURERS) await upsertLecturer(ctx, def);
  for (const [prov, list] of Object.entries(D.OTHER_SCHOOL_LECTURERS)) {
    for (const [i, [name, gender, degree]] of list.entries()) {
      await upsertLecturer(ctx, { fullName: name, unitCode: `${prov}-TCT`, gender, birthYear: 1975 + i * 8, kind: "FULL_TIME", degree, theoryLevel: "CAO_CAP" });
    }
  }
  const L = (name: string) => req(ctx.lecturers, name, "giảng viên").id;
  type A = Prisma.LecturerActivityCreateManyInput;
  const activities: Array<Omit<A, "id">> = [
    { lecturerId: L("Phạm Anh Tuấn"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Xây dựng Đảng về tổ chức", startDate: day("2024-10-15"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Phạm Anh Tuấn"), kind: "DEMO_LESSON_SCHOOL", title: "Thao giảng cấp trường: Nghiệp vụ công tác Đảng ở cơ sở", startDate: day("2025-11-12"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Phạm Anh Tuấn"), kind: "SENT_FOR_TRAINING", trainingTarget: "TIEN_SI", title: "Nghiên cứu sinh chuyên ngành Xây dựng Đảng và Chính quyền nhà nước, Học viện Chính trị quốc gia Hồ Chí Minh", startDate: day("2024-10-01"), note: "Vừa học vừa làm" },
    { lecturerId: L("Nguyễn Thị Thanh Huyền"), kind: "OBSERVED_LESSON", title: "Dự giờ giảng viên trẻ Khoa Xây dựng Đảng", startDate: day("2025-03-20") },
    { lecturerId: L("Nguyễn Thị Thanh Huyền"), kind: "EXCELLENT_TEACHER", title: "Giảng viên dạy giỏi cấp trường năm 2024", startDate: day("2024-12-20"), result: "Công nhận" },
    { lecturerId: L("Hoàng Văn Nam"), kind: "FIELD_RESEARCH", title: "Nghiên cứu thực tế có kỳ hạn tại Huyện ủy Tràng Định", startDate: day("2025-06-02"), endDate: day("2025-07-31"), result: "Hoàn thành, có báo cáo thu hoạch" },
    { lecturerId: L("Hoàng Văn Nam"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Lịch sử Đảng Cộng sản Việt Nam", startDate: day("2024-04-09"), result: "Xếp loại Khá" },
    { lecturerId: L("Lương Thị Mai"), kind: "SENT_FOR_TRAINING", trainingTarget: "CAO_CAP_LLCT", title: "Cao cấp lý luận chính trị hệ không tập trung, Học viện Chính trị khu vực I", startDate: day("2024-03-04"), endDate: day("2025-06-27"), result: "Tốt nghiệp loại Khá" },
    { lecturerId: L("Lương Thị Mai"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Công tác dân vận ở cơ sở", startDate: day("2026-04-14"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Hoàng Đức Long"), kind: "OBSERVED_LESSON", title: "Dự giờ thao giảng cấp khoa Khoa Lý luận cơ sở", startDate: day("2025-03-18") },
    { lecturerId: L("Vi Thị Hạnh"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Kinh tế chính trị Mác – Lênin", startDate: day("2024-04-16"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Vi Thị Hạnh"), kind: "DEMO_LESSON_SCHOOL", title: "Thao giảng cấp trường: Kinh tế thị trường định hướng xã hội chủ nghĩa", startDate: day("2024-11-05"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Vi Thị Hạnh"), kind: "EXCELLENT_TEACHER", title: "Giảng viên dạy giỏi cấp trường năm 2025", startDate: day("2025-12-18"), result: "Công nhận" },
    { lecturerId: L("Nông Văn Quý"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Chủ nghĩa xã hội khoa học", startDate: day("2025-03-18"), result: "Xếp loại Khá" },
    { lecturerId: L("Chu Thị Thu Trang"), kind: "SENT_FOR_TRAINING", trainingTarget: "THAC_SI", title: "Thạc sĩ Triết học, Học viện Chính trị quốc gia Hồ Chí Minh", startDate: day("2025-09-15"), note: "Dự kiến tốt nghiệp năm 2027" },
    { lecturerId: L("Chu Thị Thu Trang"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Triết học Mác – Lênin", startDate: day("2026-03-10"), result: "Xếp loại Khá" },
    { lecturerId: L("Đinh Công Thành"), kind: "DEMO_LESSON_SCHOOL", title: "Thao giảng cấp trường: Nhà nước pháp quyền xã hội chủ nghĩa", startDate: day("2024-05-21"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Đinh Công Thành"), kind: "REFRESHER_COURSE", title: "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3", startDate: day("2025-08-04"), endDate: day("2025-08-15"), result: "Hoàn thành" },
    { lecturerId: L("Lộc Thị Phương"), kind: "DEMO_LESSON_FACULTY", title: "Thao giảng cấp khoa: Quản lý hành chính nhà nước", startDate: day("2026-04-21"), result: "Xếp loại Giỏi" },
    { lecturerId: L("Lộc Thị Phương"), kind: "FIELD_RESEARCH", title: "Nghiên cứu thực tế có kỳ hạn tại UBND huyện Văn Lãng", startDate: day("2026-06-01"), endDate: day("2026-07-15"), result: "Hoàn thành" },
    { lecturerId: L("Hà Minh Đức"), kind: "SENT_FOR_TRAINING", trainingTarget: "TIEN_SI", title: "Nghiên cứu sinh chuyên ngành Luật Hiến pháp và Luật Hành chính, Học viện Chính trị quốc gia Hồ Chí Minh", startDate: day("2026-10-01") },
    { lecturerId: L("Nông Thị Bích"), kind: "REFRESHER_COURSE", title: "Bồi dưỡng nghiệp vụ sư phạm cho giảng viên trung tâm chính trị", startDate: day("2025-08-11"), endDate: day("2025-08-22"), result: "Hoàn thành" },
    { lecturerId: L("Lăng Thị Hiền"), kind: "SENT_FOR_TRAINING", trainingTarget: "CAO_CAP_LLCT", title: "Cao cấp lý luận chính trị hệ không tập trung", startDate: day("2025-10-06") },
    { lecturerId: L("Phạm Hữu Kiên"), kind: "DEMO_LESSON_SCHOOL", title: "Thao giảng cấp trường", startDate: day("2024-05-14"), result: "Xếp loại Giỏi" },
  ];
  await ctx.prisma.lecturerActivity.createMany({
    skipDuplicates: true,
    data: activities.map((a) => ({ id: stableId("activity", a.lecturerId, a.kind, a.title, isoDay(a.startDate as Date)), ...a })),
  });
  ctx.log(`  Giảng viên: ${ctx.lecturers.size}, hoạt động chuyên môn: ${activities.length}`);
}

async function seedAgreements(ctx: Ctx) {
  const school = req(ctx.units, "LS-TCT", "trường");
  const duties: Array<[Prisma.CoordinationDutyCreateManyInput["area"], "SCHOOL" | "CENTER" | "JOINT", string]> = [
    ["ENROLMENT", "CENTER", "Trung tâm tham mưu cấp ủy huyện tuyển sinh, lập danh sách học viên đúng đối tượng; Trường thẩm định hồ sơ."],
    ["CLASS_MANAGEMENT", "JOINT", "Trung tâm quản lý lớp, theo dõi chuyên cần; Trường cử giáo viên chủ nhiệm, kiểm tra việc thực hiện quy chế."],
    ["LECTURER_SUPPLY", "SCHOOL", "Trường cử giảng viên giảng dạy các học phần; Trung tâm bố trí giảng viên kiêm chức, báo cáo viên cho chuyên đề địa phương."],
    ["GRADING", "SCHOOL", "Trường tổ chức kiểm tra, thi, chấm bài và cấp bằng theo quy chế của Học viện."],
    ["FIELD_STUDY", "JOINT", "Phối hợp lựa chọn mô hình phát triển kinh tế – xã hội, xây dựng Đảng, nông thôn mới cho các lớp đi nghiên cứu thực tế."],
    ["FACILITIES", "CENTER", "Trung tâm bảo đảm hội trường, trang thiết bị và điều kiện học tập tại địa phương."],
  ];
  for (const district of D.LS_DISTRICTS) {
    const code = D.centerCode(district);
    const id = stableId("agreement", "LS-TCT", code);
    const data = {
      schoolUnitId: school,
      centerUnitId: req(ctx.units, code, "trung tâm"),
      title: `Chương trình phối hợp hoạt động giữa Trường Chính trị Hoàng Văn Thụ và ${D.centerName(district)}`,
      signedAt: day("2016-05-31"),
      documentRef: "Chương trình phối hợp ký ngày 31/5/2016",
    };
    await ctx.prisma.coordinationAgreement.upsert({ where: { id }, create: { id, ...data }, update: data });
    await ctx.prisma.coordinationDuty.createMany({
      skipDuplicates: true,
      data: duties.map(([area, responsible, note]) => ({ id: stableId("duty", id, area), agreementId: id, area, responsible, note })),
    });
  }
}

// ───────────────────────────── Annual plans ─────────────────────────────

interface PlanLineDef {
  key: string;
  program: string;
  host: string;
  mode: StudyMode;
  classes: number;
  learners: number;
  funding: string;
  outcome?: "PENDING" | "DONE" | "PARTIAL" | "CARRIED_OVER" | "NOT_CARRIED_OUT";
  notDone?: [number, number];
  reason?: string;
  note?: string;
}

const CL = "LS-TT-CHILANG";
const DL = "LS-TT-DINHLAP";
const SCHOOL = "LS-TCT";

const PLANS: Array<{ year: number; status: "DRAFT" | "APPROVED"; decisionRef?: string; approvedAt?: string; lines: PlanLineDef[] }> = [
  {
    year: 2025,
    status: "APPROVED",
    decisionRef: "Kế hoạch số 05-KH/TCT ngày 08/01/2025, được Ban Thường vụ Tỉnh ủy phê duyệt",
    approvedAt: "2025-01-15",
    lines: [
      { key: "TC-CL", program: "TCLLCT", host: CL, mode: "NON_CONCENTRATED", classes: 1, learners: 80, funding: "Ngân sách huyện Chi Lăng", outcome: "DONE" },
      { key: "TC-VQ", program: "TCLLCT", host: "LS-TT-VANQUAN", mode: "NON_CONCENTRATED", classes: 1, learners: 80, funding: "Ngân sách huyện Văn Quan", outcome: "NOT_CARRIED_OUT", notDone: [1, 80], reason: "Không đủ số học viên" },
      { key: "TC-BG", program: "TCLLCT", host: "LS-TT-BINHGIA", mode: "NON_CONCENTRATED", classes: 1, learners: 80, funding: "Ngân sách huyện Bình Gia", outcome: "CARRIED_OVER", notDone: [1, 80], reason: "Chuyển sang năm 2026 do huyện chưa hoàn thành tuyển sinh" },
      { key: "DVM-DL", program: "DVM", host: DL, mode: "CONCENTRATED", classes: 1, learners: 35, funding: "Ngân sách huyện Đình Lập", outcome: "DONE" },
      { key: "CNKT-TR", program: "CNKT-DT4", host: SCHOOL, mode: "CONCENTRATED", classes: 1, learners: 30, funding: "Ngân sách tỉnh", outcome: "DONE" },
      { key: "NVCTD-TP", program: "NVCTD", host: "LS-TT-TPLANGSON", mode: "CONCENTRATED", classes: 1, learners: 60, funding: "Ngân sách thành phố Lạng Sơn", outcome: "NOT_CARRIED_OUT", notDone: [1, 60], reason: "Không đủ số học viên" },
      { key: "NVCTDT-TR", program: "NVCTDT", host: SCHOOL, mode: "CONCENTRATED", classes: 1, learners: 50, funding: "Ngân sách tỉnh", outcome: "NOT_CARRIED_OUT", notDone: [1, 50], reason: "Chưa có văn bản hướng dẫn" },
    ],
  },
  {
    year: 2026,
    status: "APPROVED",
    decisionRef: "Kế hoạch số 03-KH/TCT ngày 06/01/2026, được Ban Thường vụ Tỉnh ủy phê duyệt",
    approvedAt: "2026-01-14",
    lines: [
      { key: "TC-BG", program: "TCLLCT", host: "LS-TT-BINHGIA", mode: "NON_CONCENTRATED", classes: 1, learners: 80, funding: "Ngân sách huyện Bình Gia", note: "Chuyển từ kế hoạch năm 2025" },
      { key: "TC-TR", program: "TCLLCT", host: SCHOOL, mode: "CONCENTRATED", classes: 1, learners: 40, funding: "Ngân sách tỉnh" },
      { key: "DVM-CL", program: "DVM", host: CL, mode: "CONCENTRATED", classes: 2, learners: 70, funding: "Ngân sách huyện Chi Lăng", outcome: "PARTIAL", notDone: [1, 35], note: "Lớp thứ hai chuyển sang quý I/2027" },
      { key: "NTVD-DL", program: "NTVD", host: DL, mode: "CONCENTRATED", classes: 1, learners: 30, funding: "Ngân sách huyện Đình Lập" },
      { key: "NVCTDT-TR", program: "NVCTDT", host: SCHOOL, mode: "CONCENTRATED", classes: 1, learners: 25, funding: "Ngân sách tỉnh", outcome: "DONE" },
      { key: "SC-CL", program: "SCLLCT", host: CL, mode: "NON_CONCENTRATED", classes: 1, learners: 60, funding: "Ngân sách huyện Chi Lăng", outcome: "CARRIED_OVER", notDone: [1, 60], reason: "Chuyển sang năm 2027 theo đề nghị của Huyện ủy Chi Lăng" },
      { key: "CNKT-TR", program: "CNKT-DT4", host: SCHOOL, mode: "CONCENTRATED", classes: 1, learners: 30, funding: "Ngân sách tỉnh", outcome: "NOT_CARRIED_OUT", notDone: [1, 30], reason: "Chưa có văn bản hướng dẫn" },
    ],
  },
  {
    year: 2027,
    status: "DRAFT",
    lines: [
      { key: "TC-HL", program: "TCLLCT", host: "LS-TT-HUULUNG", mode: "NON_CONCENTRATED", classes: 1, learners: 80, funding: "Ngân sách tỉnh" },
      { key: "TC-TR", program: "TCLLCT", host: SCHOOL, mode: "CONCENTRATED", classes: 2, learners: 80, funding: "Ngân sách tỉnh" },
      { key: "SC-CL", program: "SCLLCT", host: CL, mode: "NON_CONCENTRATED", classes: 1, learners: 60, funding: "Ngân sách tỉnh", note: "Chuyển từ kế hoạch năm 2026" },
      { key: "DVM-CL", program: "DVM", host: CL, mode: "CONCENTRATED", classes: 2, learners: 70, funding: "Ngân sách tỉnh" },
      { key: "DVM-DL", program: "DVM", host: DL, mode: "CONCENTRATED", classes: 1, learners: 35, funding: "Ngân sách tỉnh" },
      { key: "NVCTD-TR", program: "NVCTD", host: SCHOOL, mode: "CONCENTRATED", classes: 2, learners: 120, funding: "Ngân sách tỉnh" },
    ],
  },
];

async function seedPlans(ctx: Ctx) {
  const schoolId = req(ctx.units, SCHOOL, "trường");
  for (const plan of PLANS) {
    const data = {
      title: `Kế hoạch đào tạo, bồi dưỡng năm ${plan.year} của Trường Chính trị Hoàng Văn Thụ`,
      decisionRef: plan.decisionRef ?? null,
      status: plan.status,
      approvedById: plan.status === "APPROVED" ? req(ctx.users, "bgh", "tài khoản") : null,
      approvedAt: plan.approvedAt ? at(plan.approvedAt, 9) : null,
    };
    const row = await ctx.prisma.annualPlan.upsert({
      where: { schoolUnitId_year: { schoolUnitId: schoolId, year: plan.year } },
      create: { schoolUnitId: schoolId, year: plan.year, ...data },
      update: {},
    });
    const lines = plan.lines.map((l) => ({
      id: stableId("planline", plan.year, l.key),
      planId: row.id,
      programId: req(ctx.programs, l.program, "chương trình").id,
      hostUnitId: req(ctx.units, l.host, "đơn vị"),
      mode: l.mode,
      plannedClasses: l.classes,
      plannedLearners: l.learners,
      fundingSource: l.funding,
      outcome: l.outcome ?? "PENDING",
      notDoneClasses: l.notDone?.[0] ?? 0,
      notDoneLearners: l.notDone?.[1] ?? 0,
      outcomeReason: l.reason ?? null,
      note: l.note ?? null,
    }));
    await ctx.prisma.planLine.createMany({ skipDuplicates: true, data: lines });
    for (const l of plan.lines) ctx.planLines.set(`${plan.year}:${l.key}`, stableId("planline", plan.year, l.key));
  }
}

// ───────────────────────────── Learners ─────────────────────────────

type Profile = "TC_YOUNG" | "TC_SENIOR" | "DVM" | "NTVD" | "LEADER" | "DOANTHE" | "OTHER";

interface LearnerPlan {
  citizenId: string;
  fullName: string;
  birthDate: Date;
  gender: Gender;
  ethnicity: string;
  partyMembership: PartyMembership;
  partyJoinDate: Date | null;
  position: string | null;
  workplace: string | null;
  education: EducationLevel;
  theoryLevel: TheoryLevel;
  phone: string | null;
  homeCode: string;
  /** Not stored: drives the grades. */
  ability: number;
}

const usedCitizenIds = new Set<string>();

function makeCitizenId(rng: Rng, prefix: string, gender: Gender, birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0;
  const head = `${prefix}${century + (gender === "FEMALE" ? 1 : 0)}${String(birthYear % 100).padStart(2, "0")}`;
  for (;;) {
    const id = head + String(rng.int(0, 999_999)).padStart(6, "0");
    if (!usedCitizenIds.has(id)) {
      usedCitizenIds.add(id);
      return id;
    }
  }
}

function makeName(rng: Rng, gender: Gender): string {
  const family = rng.weighted(D.FAMILY_NAMES);
  const middle = rng.pick(gender === "MALE" ? D.MALE_MIDDLE : D.FEMALE_MIDDLE);
  const given = rng.pick(gender === "MALE" ? D.MALE_GIVEN : D.FEMALE_GIVEN);
  // Some names carry two middle names ("Nguyễn Thị Thu Hà").
  if (rng.chance(0.15)) {
    const second = rng.pick(gender === "MALE" ? ["Minh", "Quốc", "Hữu", "Thế"] : ["Thu", "Hồng", "Phương", "Bích"]);
    if (second !== middle) return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

function birthDateFor(rng: Rng, classStart: Date, minAge: number, maxAge: number): Date {
  const age = rng.int(minAge, maxAge);
  const year = classStart.getUTCFullYear() - age - 1;
  return day(`${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
}

function makeLearner(rng: Rng, profile: Profile, homeCode: string, classStart: Date, place: { district?: D.DistrictDef; provinceCode?: string }): LearnerPlan {
  const other = profile === "OTHER";
  const prefix = other ? D.CLUSTER_SCHOOLS.find((s) => s.provinceCode === place.provinceCode)!.citizenPrefix : "020";
  let gender: Gender = rng.chance(profile === "DOANTHE" ? 0.55 : 0.42) ? "FEMALE" : "MALE";
  let [minAge, maxAge] = [25, 45];
  if (profile === "TC_YOUNG") [minAge, maxAge] = gender === "MALE" ? [26, 34] : [25, 32];
  if (profile === "TC_SENIOR") [minAge, maxAge] = gender === "MALE" ? [35, 50] : [33, 48];
  if (profile === "DVM") [minAge, maxAge] = [20, 38];
  if (profile === "NTVD") [minAge, maxAge] = [19, 32];
  if (profile === "LEADER") [minAge, maxAge] = [40, 56];
  if (profile === "DOANTHE") [minAge, maxAge] = [24, 45];
  if (profile === "OTHER") [minAge, maxAge] = [28, 52];
  if (profile === "LEADER" && rng.chance(0.3)) gender = "FEMALE";
  const birthDate = birthDateFor(rng, classStart, minAge, maxAge);
  const fullName = makeName(rng, gender);
  const ethnicity = rng.weighted(other ? D.ETHNICITIES_OTHER : D.ETHNICITIES_LS);

  let partyMembership: PartyMembership = "OFFICIAL";
  let partyJoinDate: Date | null = null;
  if (profile === "NTVD") partyMembership = "NONE";
  else if (profile === "DOANTHE" && rng.chance(0.3)) partyMembership = "NONE";
  if (profile === "DVM") {
    partyJoinDate = addDays(classStart, -rng.int(40, 300));
    partyMembership = addDays(partyJoinDate, 365) < DEMO_TODAY ? "OFFICIAL" : "PROBATIONARY";
  } else if (partyMembership === "OFFICIAL") {
    const joinAge = rng.int(22, Math.max(23, Math.min(35, minAge)));
    partyJoinDate = day(`${birthDate.getUTCFullYear() + joinAge}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
    if (partyJoinDate > addDays(classStart, -400)) partyJoinDate = addDays(classStart, -rng.int(400, 900));
  }

  let education: EducationLevel;
  if (profile === "TC_YOUNG" || profile === "TC_SENIOR") education = rng.weighted([["BACHELOR", 70], ["COLLEGE", 15], ["MASTER", 15]] as const);
  else if (profile === "LEADER") education = rng.weighted([["BACHELOR", 55], ["MASTER", 40], ["DOCTOR", 5]] as const);
  else if (profile === "OTHER") education = rng.weighted([["COLLEGE", 20], ["BACHELOR", 70], ["MASTER", 10]] as const);
  else education = rng.weighted([["UPPER_SECONDARY", 30], ["VOCATIONAL", 20], ["COLLEGE", 15], ["BACHELOR", 35]] as const);

  let theoryLevel: TheoryLevel = "NONE";
  if (profile === "TC_YOUNG" || profile === "TC_SENIOR") theoryLevel = rng.chance(0.5) ? "SO_CAP" : "NONE";
  if (profile === "LEADER") theoryLevel = rng.chance(0.7) ? "CAO_CAP" : "TRUNG_CAP";
  if (profile === "DOANTHE" || profile === "OTHER") theoryLevel = rng.weighted([["NONE", 40], ["SO_CAP", 40], ["TRUNG_CAP", 20]] as const);

  let position: string;
  let workplace: string;
  if (profile === "LEADER") {
    const districtLevel = rng.chance(0.6) && place.district;
    if (districtLevel && place.district) {
      const p = rng.pick(D.DISTRICT_POSITIONS);
      position = p.position.replace("Chuyên viên", "Trưởng phòng").replace("Giáo viên", "Hiệu trưởng");
      workplace = p.workplace.replace("{d}", place.district.name);
    } else {
      const p = rng.pick(D.PROVINCE_POSITIONS);
      position = p.position;
      workplace = p.workplace;
    }
  } else if (profile === "OTHER") {
    const districtName = rng.pick(D.OTHER_DISTRICTS[place.provinceCode!]);
    const p = rng.pick(D.DISTRICT_POSITIONS);
    position = p.position;
    workplace = p.workplace.replace("{d}", districtName);
  } else if (profile === "TC_YOUNG" && rng.chance(0.4) && place.district) {
    const p = rng.pick(D.DISTRICT_POSITIONS);
    position = p.position;
    workplace = p.workplace.replace("{d}", place.district.name);
  } else {
    const district = place.district ?? rng.pick(D.LS_DISTRICTS);
    const commune = rng.pick(district.communes);
    let pool = D.COMMUNE_POSITIONS.filter((p) => (partyMembership !== "NONE" || !p.partyOnly) && (gender === "FEMALE" || !p.position.includes("Phụ nữ")));
    // New and prospective party members are young: no commune leadership posts.
    if (profile === "DVM" || profile === "NTVD") pool = pool.filter((p) => /^(Công chức|Bí thư Đoàn|Trưởng thôn|Văn phòng)/.test(p.position));
    if (profile === "DOANTHE") pool = pool.filter((p) => /Hội|Đoàn|MTTQ/.test(p.position));
    const p = rng.pick(pool);
    position = p.position.replace("{c}", commune);
    workplace = `${p.workplace.replace("{c}", commune)}, ${district.name}`;
  }
  const phone = rng.chance(0.8) ? `0${rng.pick(["912", "915", "983", "986", "888", "329", "366", "945"])}${String(rng.int(0, 999_999)).padStart(6, "0")}` : null;
  return {
    citizenId: makeCitizenId(rng, prefix, gender, birthDate.getUTCFullYear()),
    fullName,
    birthDate,
    gender,
    ethnicity,
    partyMembership,
    partyJoinDate,
    position,
    workplace,
    education,
    theoryLevel,
    phone,
    homeCode,
    ability: Math.min(9.4, Math.max(5.2, rng.normal(7.3, 0.65))),
  };
}

// ───────────────────────────── Classes ─────────────────────────────

interface ClassSpec {
  code: string;
  name: string;
  program: string;
  school: string;
  host: string;
  mode: StudyMode;
  location: string;
  plannedSize: number;
  start: string;
  status: ClassStatus;
  cancelReason?: string;
  funding?: string;
  planLine?: string;
  /** New learners registered for this class. */
  learners?: { count: number; profile: Profile; home: string; district?: string; province?: string };
  /** Learners of an earlier class who enrol again. */
  reuse?: { from: string; count: number; profile: Profile };
  /** Province code used in certificate serial numbers. */
  prov: string;
  /** A learner who studies non-concentrated although under the age limit (eligibility overridden). */
  override?: boolean;
  /** One learner withdraws; one fails. */
  withdrawOne?: boolean;
  failOne?: boolean;
  correction?: boolean;
  discipline?: boolean;
  /** Planned end for classes with no timetable yet. */
  plannedEnd?: string;
}

const districtOf = (key: string) => D.LS_DISTRICTS.find((d) => d.key === key)!;

const CLASS_SPECS: ClassSpec[] = [
  {
    code: "TC-2024-TR-01", name: "Lớp Trung cấp lý luận chính trị – hành chính hệ tập trung, khóa 2024", program: "TCLLCT", school: SCHOOL, host: SCHOOL,
    mode: "CONCENTRATED", location: "Trường Chính trị Hoàng Văn Thụ, thành phố Lạng Sơn", plannedSize: 40, start: "2024-03-04", status: "FINISHED",
    funding: "Ngân sách tỉnh", learners: { count: 40, profile: "TC_YOUNG", home: SCHOOL }, prov: "LS", correction: true,
  },
  {
    code: "TC-2024-DL-01", name: "Lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung tại huyện Đình Lập, khóa 2024–2025", program: "TCLLCT", school: SCHOOL, host: DL,
    mode: "NON_CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Đình Lập", plannedSize: 50, start: "2024-05-09", status: "FINISHED",
    funding: "Ngân sách huyện Đình Lập", learners: { count: 45, profile: "TC_SENIOR", home: DL, district: "DINHLAP" }, prov: "LS", withdrawOne: true, failOne: true,
  },
  {
    code: "DVM-2024-CL-01", name: "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, khóa 1/2024", program: "DVM", school: SCHOOL, host: CL,
    mode: "CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Chi Lăng", plannedSize: 35, start: "2024-04-08", status: "FINISHED",
    funding: "Ngân sách huyện Chi Lăng", learners: { count: 30, profile: "DVM", home: CL, district: "CHILANG" }, prov: "LS",
  },
  {
    code: "CNKT-2025-TR-01", name: "Lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý đối tượng 4, năm 2025", program: "CNKT-DT4", school: SCHOOL, host: SCHOOL,
    mode: "CONCENTRATED", location: "Trường Chính trị Hoàng Văn Thụ, thành phố Lạng Sơn", plannedSize: 30, start: "2025-06-09", status: "FINISHED",
    funding: "Ngân sách tỉnh", planLine: "2025:CNKT-TR", learners: { count: 30, profile: "LEADER", home: SCHOOL }, prov: "LS",
  },
  {
    code: "TC-2025-CL-01", name: "Lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung tại huyện Chi Lăng, khóa 2025–2027", program: "TCLLCT", school: SCHOOL, host: CL,
    mode: "NON_CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Chi Lăng", plannedSize: 80, start: "2025-10-09", status: "IN_PROGRESS",
    funding: "Ngân sách huyện Chi Lăng", planLine: "2025:TC-CL", learners: { count: 56, profile: "TC_SENIOR", home: CL, district: "CHILANG" },
    reuse: { from: "DVM-2024-CL-01", count: 3, profile: "TC_SENIOR" }, prov: "LS", override: true, discipline: true,
  },
  {
    code: "DVM-2025-DL-01", name: "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, khóa 2/2025", program: "DVM", school: SCHOOL, host: DL,
    mode: "CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Đình Lập", plannedSize: 35, start: "2025-10-06", status: "FINISHED",
    funding: "Ngân sách huyện Đình Lập", planLine: "2025:DVM-DL", learners: { count: 35, profile: "DVM", home: DL, district: "DINHLAP" }, prov: "LS",
  },
  {
    code: "NVCTD-2025-TP-01", name: "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ, năm 2025", program: "NVCTD", school: SCHOOL, host: "LS-TT-TPLANGSON",
    mode: "CONCENTRATED", location: "Trung tâm Chính trị thành phố Lạng Sơn", plannedSize: 60, start: "2025-09-15", status: "CANCELLED",
    cancelReason: "Không đủ số học viên", funding: "Ngân sách thành phố Lạng Sơn", planLine: "2025:NVCTD-TP", prov: "LS", plannedEnd: "2025-09-19",
  },
  {
    code: "NVCTDT-2026-TR-01", name: "Lớp bồi dưỡng nghiệp vụ công tác đoàn thể, năm 2026", program: "NVCTDT", school: SCHOOL, host: SCHOOL,
    mode: "CONCENTRATED", location: "Trường Chính trị Hoàng Văn Thụ, thành phố Lạng Sơn", plannedSize: 25, start: "2026-07-06", status: "FINISHED",
    funding: "Ngân sách tỉnh", planLine: "2026:NVCTDT-TR", learners: { count: 20, profile: "DOANTHE", home: SCHOOL },
    reuse: { from: "TC-2024-TR-01", count: 5, profile: "DOANTHE" }, prov: "LS",
  },
  {
    code: "DVM-2026-CL-02", name: "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, khóa 2/2026", program: "DVM", school: SCHOOL, host: CL,
    mode: "CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Chi Lăng", plannedSize: 35, start: "2026-11-16", status: "IN_PROGRESS",
    funding: "Ngân sách huyện Chi Lăng", planLine: "2026:DVM-CL", learners: { count: 32, profile: "DVM", home: CL, district: "CHILANG" }, prov: "LS",
  },
  {
    code: "NTVD-2026-DL-02", name: "Lớp bồi dưỡng nhận thức về Đảng, khóa 2/2026", program: "NTVD", school: SCHOOL, host: DL,
    mode: "CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Đình Lập", plannedSize: 30, start: "2026-12-07", status: "ENROLLING",
    funding: "Ngân sách huyện Đình Lập", planLine: "2026:NTVD-DL", learners: { count: 22, profile: "NTVD", home: DL, district: "DINHLAP" }, prov: "LS",
  },
  {
    code: "SC-2027-CL-03", name: "Lớp Sơ cấp lý luận chính trị – hành chính tại huyện Chi Lăng, năm 2027", program: "SCLLCT", school: SCHOOL, host: CL,
    mode: "NON_CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Chi Lăng", plannedSize: 60, start: "2027-03-06", status: "APPROVED",
    funding: "Ngân sách tỉnh", planLine: "2027:SC-CL", prov: "LS",
  },
  {
    code: "TC-2027-HL-01", name: "Lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung tại huyện Hữu Lũng, khóa 2027–2028", program: "TCLLCT", school: SCHOOL, host: "LS-TT-HUULUNG",
    mode: "NON_CONCENTRATED", location: "Hội trường Trung tâm Chính trị huyện Hữu Lũng", plannedSize: 80, start: "2027-09-09", status: "PLANNED",
    funding: "Ngân sách tỉnh", planLine: "2027:TC-HL", prov: "LS", plannedEnd: "2029-03-30",
  },
  // One recorded class per other cluster school in the first half of 2024 (their figures for the cluster report).
  ...D.CLUSTER_SCHOOLS.filter((s) => s.provinceCode !== "LS").map(
    (s, i): ClassSpec => ({
      code: `NVCTD-2024-${s.provinceCode}-01`,
      name: `Lớp bồi dưỡng nghiệp vụ công tác Đảng, khóa 1/2024 (${s.schoolName})`,
      program: "NVCTD",
      school: `${s.provinceCode}-TCT`,
      host: `${s.provinceCode}-TCT`,
      mode: "CONCENTRATED",
      location: s.schoolName,
      plannedSize: 12,
      start: isoDay(addDays(day("2024-03-11"), i * 14)),
      status: "FINISHED",
      funding: `Ngân sách tỉnh ${s.provinceName}`,
      learners: { count: 12, profile: "OTHER", home: `${s.provinceCode}-TCT`, province: s.provinceCode },
      prov: s.provinceCode,
    }),
  ),
];

interface PlannedSession {
  date: Date;
  part: SessionPart;
  subjectCode: string;
  periods: number;
}

const HOLIDAYS = new Set(["01-01", "04-30", "05-01", "09-01", "09-02"]);

function isWorkday(d: Date): boolean {
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !HOLIDAYS.has(isoDay(d).slice(5));
}

function nextWorkday(d: Date): Date {
  let x = d;
  while (!isWorkday(x)) x = addDays(x, 1);
  return x;
}

/** Timetable of a class: teaching sessions, then the dates of assessed items without periods. */
export function scheduleClass(program: D.ProgramDef, mode: StudyMode, startIso: string) {
  const start = day(startIso);
  // Teaching days in order, as a lazy stream.
  function* teachingDays(): Generator<Date> {
    if (program.code === "TCLLCT" && mode === "NON_CONCENTRATED") {
      // One study block of four consecutive days (Thursday to Sunday) a month: about 18 months in all.
      let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
      let first = true;
      for (;;) {
        {
          let d = first ? start : addDays(month, 5);
          while (d.getUTCDay() !== 4) d = addDays(d, 1);
          for (let i = 0; i < 4; i++) if (!HOLIDAYS.has(isoDay(addDays(d, i)).slice(5))) yield addDays(d, i);
        }
        first = false;
        month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
      }
    } else if (program.code === "SCLLCT" && mode === "NON_CONCENTRATED") {
      // Saturdays and Sundays.
      let d = start;
      for (;;) {
        if (d.getUTCDay() === 6 || d.getUTCDay() === 0) yield d;
        d = addDays(d, 1);
      }
    } else {
      let d = start;
      for (;;) {
        if (isWorkday(d)) yield d;
        d = addDays(d, 1);
      }
    }
  }
  // Concentrated Trung cấp classes study in the morning and read in the afternoon (6–8 months in all).
  const perDay = program.code === "TCLLCT" && mode === "CONCENTRATED" ? 1 : 2;
  const sessions: PlannedSession[] = [];
  const days = teachingDays();
  let current: Date | null = null;
  let partIndex = 2;
  const subjectEnd = new Map<string, Date>();
  for (const subject of program.subjects) {
    let left = subject.periods;
    while (left > 0) {
      if (partIndex >= perDay) {
        current = days.next().value as Date;
        partIndex = 0;
      }
      const periods = Math.min(5, left);
      sessions.push({ date: current!, part: partIndex === 0 ? "MORNING" : "AFTERNOON", subjectCode: subject.code, periods });
      partIndex++;
      left -= periods;
      subjectEnd.set(subject.code, current!);
    }
  }
  const lastTeaching = sessions.length ? sessions[sessions.length - 1].date : start;
  // Assessed items without periods: an essay is handed in ten days later, exams follow on consecutive workdays.
  const long = program.category === "DAO_TAO";
  let examDay = nextWorkday(addDays(lastTeaching, long ? 14 : 1));
  for (const subject of program.subjects) {
    if (subject.periods > 0) continue;
    if (subject.assessment === "ESSAY") {
      subjectEnd.set(subject.code, nextWorkday(addDays(lastTeaching, 10)));
    } else {
      subjectEnd.set(subject.code, examDay);
      examDay = nextWorkday(addDays(examDay, 1));
    }
  }
  const lastAssessed = Math.max(lastTeaching.getTime(), ...[...subjectEnd.values()].map((d) => d.getTime()));
  const end = long ? nextWorkday(addDays(new Date(lastAssessed), 3)) : new Date(lastAssessed);
  return { sessions, subjectEnd, end };
}

export function statusTrail(status: ClassStatus, start: Date, end: Date): Array<{ from: ClassStatus | null; to: ClassStatus; at: Date }> {
  const steps: Array<{ from: ClassStatus | null; to: ClassStatus; at: Date }> = [{ from: null, to: "PLANNED", at: at(isoDay(addDays(start, -120)), 9) }];
  const push = (to: ClassStatus, when: Date) => steps.push({ from: steps[steps.length - 1].to, to, at: when });
  if (status === "PLANNED") return clampTrail(steps);
  push("APPROVED", at(isoDay(addDays(start, -75)), 10));
  if (status === "CANCELLED") {
    push("CANCELLED", at(isoDay(addDays(start, -7)), 15));
    return clampTrail(steps);
  }
  if (status === "APPROVED") return clampTrail(steps);
  push("ENROLLING", at(isoDay(addDays(start, -40)), 8));
  if (status === "ENROLLING") return clampTrail(steps);
  push("IN_PROGRESS", at(isoDay(start), 7, 30));
  if (status === "IN_PROGRESS") return clampTrail(steps);
  push("FINISHED", at(isoDay(end), 16));
  return clampTrail(steps);
}

/** No change is dated after the demo's today. */
function clampTrail<T extends { at: Date }>(steps: T[]): T[] {
  const n = steps.length;
  return steps.map((s, i) => (s.at > DEMO_TODAY ? { ...s, at: at(isoDay(addDays(DEMO_TODAY, -(n - i) * 3)), 9) } : s));
}

function pickAttendance(rng: Rng, diligence: number): AttendanceStatus {
  if (rng.next() < diligence) return "PRESENT";
  return rng.weighted([["LATE", 40], ["ABSENT_EXCUSED", 40], ["ABSENT_UNEXCUSED", 20]] as const);
}

interface ClassPlan {
  spec: ClassSpec;
  learners: LearnerPlan[];
}

/** Decides every class's learners (deterministic, whatever is already in the database). */
function planLearners(): ClassPlan[] {
  usedCitizenIds.clear();
  const byClass = new Map<string, LearnerPlan[]>();
  const plans: ClassPlan[] = [];
  for (const spec of CLASS_SPECS) {
    const rng = new Rng(hashSeed(`learners:${spec.code}`));
    const learners: LearnerPlan[] = [];
    const start = day(spec.start);
    if (spec.reuse) {
      const source = byClass.get(spec.reuse.from) ?? [];
      const ok = source.filter((l) => {
        if (spec.reuse!.profile === "TC_SENIOR") {
          const age = start.getUTCFullYear() - l.birthDate.getUTCFullYear();
          return l.partyMembership === "OFFICIAL" && ["COLLEGE", "BACHELOR", "MASTER"].includes(l.education) && age >= (l.gender === "MALE" ? 36 : 34);
        }
        return true;
      });
      learners.push(...ok.slice(0, spec.reuse.count));
    }
    if (spec.learners) {
      const g = spec.learners;
      const district = g.district ? districtOf(g.district) : undefined;
      for (let i = 0; i < g.count; i++) {
        // School-registered learners come from all over the province.
        const place = { district: district ?? (g.province ? undefined : rng.pick(D.LS_DISTRICTS)), provinceCode: g.province };
        learners.push(makeLearner(rng, g.profile, g.home, start, place));
      }
    }
    if (spec.override && learners.length > 1) {
      // A 33-year-old man sent to a non-concentrated class: the age rule is overridden with a reason.
      const young = makeLearner(rng, "TC_YOUNG", spec.learners!.home, start, { district: spec.learners?.district ? districtOf(spec.learners.district) : undefined });
      young.gender = "MALE";
      young.birthDate = day(`${start.getUTCFullYear() - 33}-05-14`);
      learners[learners.length - 1] = young;
    }
    if (spec.failOne && learners.length > 2) learners[2].ability = 4.1;
    byClass.set(spec.code, learners);
    plans.push({ spec, learners });
  }
  return plans;
}

async function seedLearners(ctx: Ctx, plans: ClassPlan[]) {
  const all = new Map<string, LearnerPlan>();
  for (const p of plans) for (const l of p.learners) all.set(l.citizenId, l);
  // Learners who completed Trung cấp now hold that level.
  for (const p of plans) {
    if (p.spec.program === "TCLLCT" && p.spec.status === "FINISHED") for (const l of p.learners) all.get(l.citizenId)!.theoryLevel = "TRUNG_CAP";
  }
  const rows = [...all.values()].map((l) => ({
    id: stableId("learner", l.citizenId),
    citizenId: l.citizenId,
    fullName: l.fullName,
    sortKey: nameSortKey(l.fullName),
    birthDate: l.birthDate,
    gender: l.gender,
    ethnicity: l.ethnicity,
    partyMembership: l.partyMembership,
    partyJoinDate: l.partyJoinDate,
    position: l.position,
    workplace: l.workplace,
    education: l.education,
    theoryLevel: l.theoryLevel,
    phone: l.phone,
    homeUnitId: req(ctx.units, l.homeCode, "đơn vị"),
  }));
  await ctx.prisma.learner.createMany({ data: rows, skipDuplicates: true });
  const stored = await ctx.prisma.learner.findMany({ where: { citizenId: { in: rows.map((r) => r.citizenId) } }, select: { id: true, citizenId: true } });
  for (const s of stored) ctx.learnerIds.set(s.citizenId, s.id);
  ctx.log(`  Học viên: ${rows.length}`);
}

function lecturerPool(ctx: Ctx, spec: ClassSpec, program: ProgramInfo, subject: D.SubjectDef, index: number): string {
  const inUnit = (code: string) => D.LS_LECTURERS.filter((l) => l.unitCode === code && l.kind !== "COLLABORATOR").map((l) => l.fullName);
  let names: string[];
  if (spec.prov !== "LS") {
    names = D.OTHER_SCHOOL_LECTURERS[spec.prov].map(([n]) => n);
  } else if (subject.teacher === "LOCAL" || (spec.host !== SCHOOL && program.def.category === "BOI_DUONG") || program.def.code === "SCLLCT") {
    names = spec.host === SCHOOL ? ["Triệu Văn Khoa", "Đinh Công Thành"] : D.LS_LECTURERS.filter((l) => l.unitCode === spec.host).map((l) => l.fullName);
    if (names.length === 0) names = inUnit("LS-TCT-XDD");
  } else {
    names = inUnit(`LS-TCT-${subject.teacher ?? "XDD"}`);
  }
  return req(ctx.lecturers, names[index % names.length], "giảng viên").id;
}

/** Writes one class with everything under it, in one transaction. Returns false when it already existed. */
async function seedClass(ctx: Ctx, plan: ClassPlan, specIndex: number): Promise<boolean> {
  const { spec } = plan;
  const classId = stableId("class", spec.code);
  const exists = await ctx.prisma.trainingClass.findUnique({ where: { code: spec.code }, select: { id: true } });
  if (exists) return false;
  const program = req(ctx.programs, spec.program, "chương trình");
  const rng = new Rng(hashSeed(`class:${spec.code}`));
  const start = day(spec.start);
  const sched = scheduleClass(program.def, spec.mode, spec.start);
  const end = spec.plannedEnd ? day(spec.plannedEnd) : sched.end;
  const withTimetable = !["PLANNED", "CANCELLED"].includes(spec.status);
  const started = ["IN_PROGRESS", "FINISHED"].includes(spec.status);
  const finished = spec.status === "FINISHED";
  const isLS = spec.prov === "LS";
  const user = (name: string) => (isLS || name === "cumtruong" ? req(ctx.users, name, "tài khoản") : null);
  const leaderUsername = isLS ? "bgh" : spec.prov === "QN" ? "cumtruong" : `bgh-${spec.prov.toLowerCase()}`;
  const leaderId = req(ctx.users, leaderUsername, "tài khoản");
  const officeId = isLS ? req(ctx.users, "daotao", "tài khoản") : leaderId;
  const enteredBy = spec.host === CL ? req(ctx.users, "ttchilang", "tài khoản") : spec.host === DL ? req(ctx.users, "ttdinhlap", "tài khoản") : officeId;
  const trail = statusTrail(spec.status, start, end);
  const approved = trail.find((t) => t.to === "APPROVED");

  const subjectsByCode = new Map(program.subjects.map((s) => [s.code, s]));
  const teaching = program.subjects.filter((s) => s.periods > 0);
  const lecturerOf = new Map<string, string>();
  const facultyIndex = new Map<string, number>();
  for (const s of teaching) {
    const key = s.teacher ?? "XDD";
    const i = facultyIndex.get(key) ?? 0;
    facultyIndex.set(key, i + 1);
    lecturerOf.set(s.code, lecturerPool(ctx, spec, program, s, i));
  }

  const learners = plan.learners.map((l, i) => ({ plan: l, id: req(ctx.learnerIds, l.citizenId, "học viên"), index: i }));
  const withdrawIndex = spec.withdrawOne ? 7 : -1;
  const withdrawDate = addDays(start, 200);
  const diligence = learners.map(() => Math.min(0.995, Math.max(0.8, rng.normal(0.95, 0.04))));
  if (spec.discipline) {
    diligence[3] = 0.82;
    diligence[11] = 0.8;
  }

  await ctx.prisma.$transaction(
    async (tx: Tx) => {
      await tx.trainingClass.create({
        data: {
          id: classId,
          code: spec.code,
          name: spec.name,
          programId: program.id,
          ruleVersionId: program.ruleVersionId,
          planLineId: spec.planLine ? (ctx.planLines.get(spec.planLine) ?? null) : null,
          schoolUnitId: req(ctx.units, spec.school, "trường"),
          hostUnitId: req(ctx.units, spec.host, "đơn vị"),
          mode: spec.mode,
          location: spec.location,
          plannedSize: spec.plannedSize,
          startDate: start,
          endDate: end,
          status: spec.status,
          cancelReason: spec.cancelReason ?? null,
          fundingSource: spec.funding ?? null,
          approvedById: approved ? leaderId : null,
          approvedAt: approved?.at ?? null,
          openedAt: started ? at(spec.start, 7, 30) : null,
          closedAt: finished ? at(isoDay(end), 16) : null,
        },
      });
      await tx.classStatusChange.createMany({
        data: trail.map((t, i) => ({
          id: stableId("status", spec.code, i),
          classId,
          fromStatus: t.from,
          toStatus: t.to,
          reason: t.to === "CANCELLED" ? spec.cancelReason ?? null : t.to === "APPROVED" ? "Phê duyệt mở lớp theo kế hoạch" : null,
          byUserId: t.to === "APPROVED" || t.to === "CANCELLED" ? user(leaderUsername) : user(isLS ? "daotao" : leaderUsername),
          at: t.at,
        })),
      });
      if (!withTimetable) return;

      await tx.classSubjectAssignment.createMany({
        data: teaching.map((s) => ({ id: stableId("assign", spec.code, s.code), classId, subjectId: s.id, lecturerId: lecturerOf.get(s.code)! })),
      });
      const room = spec.host === SCHOOL ? "Giảng đường A" + (1 + (specIndex % 3)) : spec.prov === "LS" ? "Hội trường trung tâm" : "Giảng đường số 1";
      const sessions = sched.sessions.map((s, i) => ({
        id: stableId("session", spec.code, i),
        classId,
        subjectId: subjectsByCode.get(s.subjectCode)!.id,
        lecturerId: lecturerOf.get(s.subjectCode)!,
        date: s.date,
        part: s.part,
        periods: s.periods,
        room: s.subjectCode === "NCTT" ? null : room,
        topic: s.subjectCode === "NCTT" ? `Nghiên cứu thực tế tại ${spec.host === SCHOOL ? "huyện Cao Lộc" : D.LS_DISTRICTS.find((d) => D.centerCode(d) === spec.host)?.name ?? "địa phương"}` : subjectsByCode.get(s.subjectCode)!.name,
      }));
      await tx.timetableSession.createMany({ data: sessions });

      if (learners.length === 0) return;
      const activeAt = (li: number, date: Date) => li !== withdrawIndex || date < withdrawDate;
      await tx.enrolment.createMany({
        data: learners.map((l) => {
          const withdrawn = l.index === withdrawIndex;
          const isOverride = spec.override && l.index === learners.length - 1;
          return {
            id: stableId("enrolment", spec.code, l.plan.citizenId),
            classId,
            learnerId: l.id,
            status: withdrawn ? "WITHDRAWN" : finished ? "COMPLETED" : "ENROLLED",
            enrolledAt: at(isoDay(addDays(start, -rng.int(10, 35))), 9),
            overrideReason: isOverride ? "Ban Thường vụ Huyện ủy cử đi học; đồng ý cho học hệ không tập trung do yêu cầu nhiệm vụ tại cơ sở" : null,
            note: withdrawn ? "Thôi học do chuyển công tác ra ngoài tỉnh" : null,
          };
        }),
      });
      const enrolmentId = (l: { plan: LearnerPlan }) => stableId("enrolment", spec.code, l.plan.citizenId);

      // Attendance for the sessions that took place.
      if (started) {
        const attendance: Prisma.AttendanceRecordCreateManyInput[] = [];
        for (const s of sessions) {
          if (s.date >= DEMO_TODAY) continue;
          for (const l of learners) {
            if (!activeAt(l.index, s.date)) continue;
            const status = pickAttendance(rng, diligence[l.index]);
            attendance.push({
              id: stableId("att", s.id, l.plan.citizenId),
              enrolmentId: enrolmentId(l),
              sessionId: s.id,
              status,
              note: status === "ABSENT_EXCUSED" ? rng.pick(["Ốm, có giấy xác nhận", "Đi công tác theo phân công", "Việc gia đình, có đơn xin phép"]) : null,
            });
          }
        }
        for (let i = 0; i < attendance.length; i += 5000) await tx.attendanceRecord.createMany({ data: attendance.slice(i, i + 5000) });
      }
      if (!started) return;

      // Grade sheets of the assessed items already held.
      const assessed = program.subjects
        .filter((s) => s.assessment !== "NONE")
        .map((s) => ({ s, date: sched.subjectEnd.get(s.code)! }))
        .filter((x) => x.date < DEMO_TODAY)
        .sort((a, b) => a.date.getTime() - b.date.getTime());
      const scores = new Map<string, Map<string, { gradeId: string; score: number | null }>>();
      const sheetIds: Array<{ id: string; status: GradeSheetStatus; date: Date; code: string }> = [];
      for (const [k, { s, date }] of assessed.entries()) {
        let status: GradeSheetStatus = "FINALIZED";
        if (!finished && k === assessed.length - 1) status = "DRAFT";
        else if (!finished && k === assessed.length - 2) status = "SUBMITTED";
        const sheetId = stableId("sheet", spec.code, s.code);
        const subjectLecturer = lecturerOf.get(s.code);
        const enteredById = subjectLecturer && subjectLecturer === ctx.lecturers.get("Phạm Anh Tuấn")?.id ? req(ctx.users, "giangvien", "tài khoản") : enteredBy;
        await tx.gradeSheet.create({
          data: {
            id: sheetId,
            classId,
            subjectId: s.id,
            status: status === "DRAFT" ? "DRAFT" : "SUBMITTED",
            enteredById,
            submittedAt: status === "DRAFT" ? null : at(isoDay(addDays(date, 5)), 10),
          },
        });
        sheetIds.push({ id: sheetId, status, date, code: s.code });
        const grades: Prisma.GradeCreateManyInput[] = [];
        const bySheet = new Map<string, { gradeId: string; score: number | null }>();
        for (const l of learners) {
          if (!activeAt(l.index, date)) continue;
          // A draft sheet is being entered: only the first part of the list has scores.
          if (status === "DRAFT" && l.index > learners.length * 0.6) continue;
          // Finished classes held make-up exams: an absence there is rare (and fails the learner).
          const absent = rng.chance(finished ? 0.002 : 0.012);
          const score = absent ? null : D.drawScore(rng, l.plan.ability);
          const gradeId = stableId("grade", sheetId, l.plan.citizenId);
          grades.push({ id: gradeId, sheetId, enrolmentId: enrolmentId(l), score, absent, note: absent ? "Vắng thi có lý do" : null });
          bySheet.set(l.plan.citizenId, { gradeId, score });
        }
        if (grades.length) await tx.grade.createMany({ data: grades });
        scores.set(s.code, bySheet);
      }
      // Finalize after the grades are in (the database refuses grades inserted into a finalized sheet).
      for (const sheet of sheetIds.filter((x) => x.status === "FINALIZED")) {
        const when = at(isoDay(addDays(sheet.date, 12)), 14);
        await tx.gradeSheet.update({ where: { id: sheet.id }, data: { status: "FINALIZED", finalizedById: leaderId, finalizedAt: when } });
        await tx.gradeSheetLockEvent.create({
          data: { id: stableId("lock", sheet.id), sheetId: sheet.id, action: "FINALIZE", reason: "Khóa bảng điểm sau khi kiểm tra", byUserId: leaderId, at: when },
        });
      }
      // A correction after finalization (re-marking): the correction row first, then the grade, same transaction.
      if (spec.correction) {
        const sheet = sheetIds.find((x) => x.code === "TN2" && x.status === "FINALIZED");
        const entry = sheet && [...scores.get("TN2")!.entries()].find(([, g]) => g.score !== null && g.score <= 8.5);
        if (sheet && entry) {
          const [citizenId, g] = entry;
          const newScore = g.score! + 0.5;
          await tx.$executeRawUnsafe(
            `INSERT INTO "GradeCorrection" ("id", "gradeId", "oldScore", "newScore", "reason", "decisionRef", "byUserId")
             VALUES ($1, $2, $3::numeric, $4::numeric, $5, $6, $7)`,
            stableId("correction", g.gradeId),
            g.gradeId,
            g.score!.toFixed(2),
            newScore.toFixed(2),
            "Điều chỉnh điểm sau phúc khảo bài thi theo đơn của học viên",
            "Quyết định số 45/QĐ-TCT ngày 20/10/2024 về kết quả phúc khảo",
            leaderId,
          );
          await tx.grade.update({ where: { id: g.gradeId }, data: { score: newScore, note: "Điểm sau phúc khảo" } });
          scores.get("TN2")!.set(citizenId, { ...g, score: newScore });
        }
      }

      // Discipline (illustrative).
      if (spec.discipline && learners.length > 11) {
        await tx.disciplineRecord.createMany({
          data: [
            { id: stableId("discipline", spec.code, 3), enrolmentId: enrolmentId(learners[3]), date: day("2026-03-07"), kind: "REMINDER", reason: "Đi học muộn nhiều buổi trong đợt học tháng 3/2026" },
            { id: stableId("discipline", spec.code, 11), enrolmentId: enrolmentId(learners[11]), date: day("2026-05-09"), kind: "WARNING", reason: "Nghỉ học không có lý do 03 buổi trong đợt học tháng 5/2026" },
          ],
        });
      }
      if (!finished) return;

      // Results and certificates.
      const counted = program.subjects.filter((s) => s.assessment !== "NONE");
      const results: Prisma.ResultCreateManyInput[] = [];
      const certificates: Prisma.CertificateCreateManyInput[] = [];
      const issuer = program.def.code === "TCLLCT" || spec.host === spec.school || !isLS ? spec.school : spec.host;
      const issuedAt = nextWorkday(addDays(end, 7));
      let n = 0;
      for (const l of learners) {
        if (l.index === withdrawIndex) continue;
        const { finalScore: score, classification } = D.resultOf(counted.map((s) => ({ weight: Number(s.weight), score: scores.get(s.code)?.get(l.plan.citizenId)?.score ?? null })));
        const resultId = stableId("result", spec.code, l.plan.citizenId);
        results.push({
          id: resultId,
          enrolmentId: enrolmentId(l),
          ruleVersionId: program.ruleVersionId,
          finalScore: score,
          classification,
          passed: classification !== "KHONG_DAT",
          computedAt: at(isoDay(addDays(end, 2)), 10),
        });
        if (classification === "KHONG_DAT") continue;
        n++;
        const kindLetter = program.def.certificateKind === "BANG" ? "B" : "C";
        const yy = String(issuedAt.getUTCFullYear() % 100).padStart(2, "0");
        certificates.push({
          id: stableId("certificate", resultId),
          resultId,
          kind: program.def.certificateKind,
          serialNumber: `${spec.prov}${yy}${kindLetter}${String(specIndex + 1).padStart(2, "0")}${String(n).padStart(3, "0")}`,
          registerNumber: `${String(n).padStart(3, "0")}/${spec.code}`,
          verificationCode: D.verificationCode(spec.code, l.plan.citizenId),
          issuedAt,
          issuedByUnitId: req(ctx.units, issuer, "đơn vị"),
        });
      }
      await tx.result.createMany({ data: results });
      await tx.certificate.createMany({ data: certificates });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return true;
}

// ───────────────────────────── Research ─────────────────────────────

interface ResearchDef {
  key: string;
  unit: string;
  kind: Prisma.ResearchOutputCreateManyInput["kind"];
  level: Prisma.ResearchOutputCreateManyInput["level"];
  title: string;
  status: Prisma.ResearchOutputCreateManyInput["status"];
  date: string;
  endDate?: string;
  paperCount?: number;
  issueNumber?: string;
  publisher?: string;
  authors: Array<[name: string, role: "LEAD" | "MEMBER"]>;
}

function researchDefs(): ResearchDef[] {
  const defs: ResearchDef[] = [];
  // First half of 2024, every school, as in seed 002.
  for (const [prov, items] of Object.entries(D.RESEARCH_H1_2024)) {
    const rng = new Rng(hashSeed(`research:${prov}`));
    const lecturers = prov === "LS" ? ["Đinh Công Thành", "Phạm Anh Tuấn", "Hoàng Đức Long", "Vi Thị Hạnh"] : D.OTHER_SCHOOL_LECTURERS[prov].map(([n]) => n);
    const school = D.CLUSTER_SCHOOLS.find((s) => s.provinceCode === prov)!;
    let issue = 0;
    for (const [kind, level, count] of items) {
      for (let i = 0; i < count; i++) {
        const titles = D.RESEARCH_TITLES[kind];
        const k = kind as ResearchDef["kind"];
        const date = `2024-0${rng.int(1, 6)}-${String(rng.int(3, 27)).padStart(2, "0")}`;
        let title = titles[(i + rng.int(0, titles.length - 1)) % titles.length];
        if (k === "BULLETIN_ISSUE") title = `Thông tin lý luận và thực tiễn số ${++issue}/2024`;
        if (k === "PROCEEDINGS") title = `${title} năm 2024`;
        if (k === "PROJECT" || k === "SCHEME") title = `${title} tỉnh ${school.provinceName}`;
        defs.push({
          key: `${prov}-2024H1-${kind}-${level ?? "x"}-${i}`,
          unit: `${prov}-TCT`,
          kind: k,
          level: level as ResearchDef["level"],
          title,
          status: k === "PROJECT" || k === "SCHEME" ? (rng.chance(0.5) ? "IN_PROGRESS" : "APPROVED") : "PUBLISHED",
          date,
          paperCount: k === "CONFERENCE" ? rng.int(15, 40) : k === "PROCEEDINGS" ? rng.int(20, 45) : undefined,
          issueNumber: k === "BULLETIN_ISSUE" ? `Số ${issue}/2024` : undefined,
          publisher: k === "MONOGRAPH" ? "Nhà xuất bản Chính trị quốc gia Sự thật" : k === "JOURNAL_ARTICLE" ? rng.pick(["Tạp chí Lý luận chính trị", "Tạp chí Cộng sản", "Tạp chí Giáo dục lý luận"]) : undefined,
          authors: k === "BULLETIN_ISSUE" || k === "CONFERENCE" || k === "SEMINAR" ? [] : [[lecturers[i % lecturers.length], "LEAD"], ...(rng.chance(0.5) ? [[lecturers[(i + 1) % lecturers.length], "MEMBER"] as [string, "MEMBER"]] : [])],
        });
      }
    }
  }
  // Trường Chính trị Hoàng Văn Thụ, second half of 2024 to 2026: every kind and several levels.
  const LS: Array<Omit<ResearchDef, "unit">> = [
    { key: "LS-2024-BT2", kind: "BULLETIN_ISSUE", level: null, title: "Thông tin lý luận và thực tiễn số 2/2024", status: "PUBLISHED", date: "2024-09-30", issueNumber: "Số 2/2024", authors: [] },
    { key: "LS-2024-SEM", kind: "SEMINAR", level: "SCHOOL", title: "Tọa đàm: Đổi mới công tác quản lý học viên các lớp không tập trung", status: "PUBLISHED", date: "2024-10-22", paperCount: 9, authors: [["Hoàng Văn Nam", "LEAD"]] },
    { key: "LS-2024-ESS1", kind: "ESSAY_CONTEST_ENTRY", level: "SCHOOL", title: "Kiên định nền tảng tư tưởng của Đảng – phản bác luận điệu phủ nhận chủ nghĩa Mác – Lênin", status: "PUBLISHED", date: "2024-07-15", authors: [["Vi Thị Hạnh", "LEAD"]] },
    { key: "LS-2024-ESS2", kind: "ESSAY_CONTEST_ENTRY", level: "PROVINCE", title: "Bảo vệ nền tảng tư tưởng của Đảng từ những lớp học ở cơ sở", status: "PUBLISHED", date: "2024-07-20", authors: [["Phạm Anh Tuấn", "LEAD"], ["Lương Thị Mai", "MEMBER"]] },
    { key: "LS-2024-ESS3", kind: "ESSAY_CONTEST_ENTRY", level: "SCHOOL", title: "Đấu tranh với các quan điểm sai trái về quyền con người ở vùng biên giới", status: "PUBLISHED", date: "2024-07-22", authors: [["Hà Minh Đức", "LEAD"]] },
    { key: "LS-2024-ART", kind: "JOURNAL_ARTICLE", level: "NATIONAL", title: "Trung tâm chính trị cấp huyện trong hệ thống đào tạo, bồi dưỡng cán bộ ở Lạng Sơn", status: "PUBLISHED", date: "2024-11-18", publisher: "Tạp chí Lý luận chính trị", authors: [["Nguyễn Thị Thanh Huyền", "LEAD"]] },
    { key: "LS-2024-CSEM", kind: "SEMINAR", level: "CLUSTER", title: "Tọa đàm cấp Cụm: Xây dựng văn hóa trường Đảng ở trường chính trị", status: "PUBLISHED", date: "2024-09-20", paperCount: 12, authors: [["Dương Thị Hồng Vân", "MEMBER"]] },
    { key: "LS-2025-P1", kind: "PROJECT", level: "SCHOOL", title: "Nâng cao chất lượng bồi dưỡng đảng viên mới tại các trung tâm chính trị tỉnh Lạng Sơn", status: "ACCEPTED", date: "2025-03-03", endDate: "2025-12-15", authors: [["Lương Thị Mai", "LEAD"], ["Nông Thị Bích", "MEMBER"]] },
    { key: "LS-2025-P2", kind: "PROJECT", level: "SCHOOL", title: "Ứng dụng chuyển đổi số trong quản lý đào tạo tại Trường Chính trị Hoàng Văn Thụ", status: "ACCEPTED", date: "2025-03-10", endDate: "2025-12-20", authors: [["Hà Minh Đức", "LEAD"], ["Lộc Thị Phương", "MEMBER"]] },
    { key: "LS-2025-SCH", kind: "SCHEME", level: "PROVINCE", title: "Đề án xây dựng Trường Chính trị Hoàng Văn Thụ đạt chuẩn mức 1 giai đoạn 2025–2027", status: "APPROVED", date: "2025-04-15", authors: [["Dương Thị Hồng Vân", "LEAD"], ["Đinh Công Thành", "MEMBER"]] },
    { key: "LS-2025-FAC", kind: "SEMINAR", level: "FACULTY", title: "Sinh hoạt khoa học Khoa Lý luận cơ sở: Giảng dạy Triết học cho học viên người dân tộc thiểu số", status: "PUBLISHED", date: "2025-05-21", paperCount: 6, authors: [["Hoàng Đức Long", "LEAD"]] },
    { key: "LS-2025-BT1", kind: "BULLETIN_ISSUE", level: null, title: "Thông tin lý luận và thực tiễn số 1/2025", status: "PUBLISHED", date: "2025-03-31", issueNumber: "Số 1/2025", authors: [] },
    { key: "LS-2025-BT2", kind: "BULLETIN_ISSUE", level: null, title: "Thông tin lý luận và thực tiễn số 2/2025", status: "PUBLISHED", date: "2025-09-30", issueNumber: "Số 2/2025", authors: [] },
    { key: "LS-2025-CONF", kind: "CONFERENCE", level: "PROVINCE", title: "Hội thảo khoa học cấp tỉnh: 80 năm Cách mạng Tháng Tám và công tác đào tạo cán bộ tỉnh Lạng Sơn", status: "PUBLISHED", date: "2025-08-14", paperCount: 38, authors: [] },
    { key: "LS-2025-PROC", kind: "PROCEEDINGS", level: "PROVINCE", title: "Kỷ yếu Hội thảo khoa học cấp tỉnh năm 2025", status: "PUBLISHED", date: "2025-09-05", paperCount: 38, authors: [["Đinh Công Thành", "LEAD"]] },
    { key: "LS-2025-MONO", kind: "MONOGRAPH", level: null, title: "Công tác đào tạo, bồi dưỡng cán bộ cơ sở vùng biên giới tỉnh Lạng Sơn – lý luận và thực tiễn", status: "PUBLISHED", date: "2025-12-10", publisher: "Nhà xuất bản Chính trị quốc gia Sự thật", authors: [["Hoàng Đức Long", "LEAD"], ["Nguyễn Thị Thanh Huyền", "MEMBER"], ["Vi Thị Hạnh", "MEMBER"]] },
    { key: "LS-2025-ART1", kind: "JOURNAL_ARTICLE", level: "NATIONAL", title: "Đổi mới đánh giá kết quả học tập của học viên trung cấp lý luận chính trị", status: "PUBLISHED", date: "2025-06-25", publisher: "Tạp chí Giáo dục lý luận", authors: [["Phạm Anh Tuấn", "LEAD"]] },
    { key: "LS-2025-ART2", kind: "JOURNAL_ARTICLE", level: "PROVINCE", title: "Vận dụng tư tưởng Hồ Chí Minh về dân vận ở vùng đồng bào dân tộc Tày, Nùng", status: "PUBLISHED", date: "2025-10-12", publisher: "Báo Lạng Sơn", authors: [["Nông Văn Quý", "LEAD"]] },
    { key: "LS-2026-P1", kind: "PROJECT", level: "PROVINCE", title: "Giải pháp nâng cao chất lượng hoạt động của trung tâm chính trị cấp xã tỉnh Lạng Sơn sau sắp xếp", status: "PROPOSED", date: "2026-09-14", authors: [["Đinh Công Thành", "LEAD"], ["Phạm Anh Tuấn", "MEMBER"], ["Lộc Thị Phương", "MEMBER"]] },
    { key: "LS-2026-P2", kind: "PROJECT", level: "SCHOOL", title: "Đổi mới phương pháp giảng dạy học phần Xây dựng Đảng cho lớp Trung cấp lý luận chính trị", status: "IN_PROGRESS", date: "2026-03-02", authors: [["Phạm Anh Tuấn", "LEAD"], ["Hoàng Văn Nam", "MEMBER"]] },
    { key: "LS-2026-P3", kind: "PROJECT", level: "FACULTY", title: "Biên soạn tài liệu tham khảo chuyên đề Tình hình, nhiệm vụ của tỉnh Lạng Sơn", status: "CANCELLED", date: "2026-02-10", authors: [["Chu Thị Thu Trang", "LEAD"]] },
    { key: "LS-2026-CONF", kind: "CONFERENCE", level: "SCHOOL", title: "Hội thảo khoa học: Nâng cao chất lượng giảng dạy lý luận chính trị ở trung tâm chính trị cấp xã", status: "PUBLISHED", date: "2026-05-19", paperCount: 27, authors: [] },
    { key: "LS-2026-BT1", kind: "BULLETIN_ISSUE", level: null, title: "Thông tin lý luận và thực tiễn số 1/2026", status: "PUBLISHED", date: "2026-03-31", issueNumber: "Số 1/2026", authors: [] },
    { key: "LS-2026-BT2", kind: "BULLETIN_ISSUE", level: null, title: "Thông tin lý luận và thực tiễn số 2/2026", status: "PUBLISHED", date: "2026-09-30", issueNumber: "Số 2/2026", authors: [] },
    { key: "LS-2026-ESS", kind: "ESSAY_CONTEST_ENTRY", level: "PROVINCE", title: "Giữ vững trận địa tư tưởng ở cơ sở trong kỷ nguyên mới", status: "PUBLISHED", date: "2026-07-10", authors: [["Lương Thị Mai", "LEAD"]] },
    { key: "LS-2026-ART", kind: "JOURNAL_ARTICLE", level: "NATIONAL", title: "Trung tâm chính trị cấp xã – mô hình mới trong hệ thống đào tạo, bồi dưỡng cán bộ", status: "PUBLISHED", date: "2026-10-05", publisher: "Tạp chí Lý luận chính trị", authors: [["Nguyễn Thị Thanh Huyền", "LEAD"], ["Phạm Anh Tuấn", "MEMBER"]] },
  ];
  for (const d of LS) defs.push({ ...d, unit: "LS-TCT" });
  // A few later outputs of the other schools.
  defs.push(
    { key: "QN-2024-SEM", unit: "QN-TCT", kind: "SEMINAR", level: "CLUSTER", title: "Tọa đàm cấp Cụm: Thực hiện tự chủ tài chính tại các trường chính trị Cụm miền núi, biên giới phía Bắc – thực trạng và kiến nghị, đề xuất", status: "PUBLISHED", date: "2024-11-15", paperCount: 10, authors: [["Phạm Hữu Kiên", "LEAD"]] },
    { key: "HG-2024-SEM", unit: "HG-TCT", kind: "SEMINAR", level: "CLUSTER", title: "Tọa đàm cấp Cụm: Xây dựng văn hóa trường Đảng ở trường chính trị", status: "PUBLISHED", date: "2024-09-20", paperCount: 12, authors: [["Nguyễn Hoàng Hưng", "LEAD"]] },
    { key: "LCA-2025-P", unit: "LCA-TCT", kind: "PROJECT", level: "PROVINCE", title: "Xây dựng Trường Chính trị tỉnh Lào Cai đạt chuẩn mức 2", status: "IN_PROGRESS", date: "2025-02-20", authors: [["Vàng Văn Sính", "LEAD"]] },
    { key: "SL-2025-CONF", unit: "SL-TCT", kind: "CONFERENCE", level: "PROVINCE", title: "Hội thảo khoa học: Phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số tỉnh Sơn La", status: "PUBLISHED", date: "2025-06-18", paperCount: 31, authors: [] },
  );
  return defs;
}

async function seedResearch(ctx: Ctx) {
  const defs = researchDefs();
  const outputs: Prisma.ResearchOutputCreateManyInput[] = [];
  const authors: Prisma.ResearchAuthorCreateManyInput[] = [];
  for (const d of defs) {
    const id = stableId("research", d.key);
    outputs.push({
      id,
      unitId: req(ctx.units, d.unit, "đơn vị"),
      kind: d.kind,
      level: d.level ?? null,
      title: d.title,
      status: d.status,
      date: day(d.date),
      endDate: d.endDate ? day(d.endDate) : null,
      paperCount: d.paperCount ?? null,
      issueNumber: d.issueNumber ?? null,
      publisher: d.publisher ?? null,
    });
    for (const [i, [name, role]] of d.authors.entries()) {
      // Authors who are the school's own lecturers are linked; others (e.g. the leadership) by name only.
      const lecturer = ctx.lecturers.get(name);
      const own = lecturer && lecturer.unitCode.split("-")[0] === d.unit.split("-")[0];
      authors.push({ id: stableId("author", id, i), outputId: id, lecturerId: own ? lecturer.id : null, name, role });
    }
  }
  await ctx.prisma.researchOutput.createMany({ data: outputs, skipDuplicates: true });
  await ctx.prisma.researchAuthor.createMany({ data: authors, skipDuplicates: true });
  ctx.log(`  Sản phẩm nghiên cứu khoa học: ${outputs.length}`);
}

// ───────────────────────────── Cluster report ─────────────────────────────

async function seedClusterReport(ctx: Ctx, clusterId: string) {
  const from = day("2024-01-01");
  const to = day("2024-06-30");
  const report = await ctx.prisma.clusterReport.upsert({
    where: { clusterId_year_period: { clusterId, year: 2024, period: "HALF_YEAR" } },
    create: {
      clusterId,
      year: 2024,
      period: "HALF_YEAR",
      composerUnitId: req(ctx.units, "QN-TCT", "trường"),
      title: "Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024",
      status: "DRAFT",
      achievements:
        "Các trường trong Cụm thi đua thực hiện hiệu quả phong trào thi đua “Dân chủ – Kỷ cương – Sáng tạo – Nêu gương – Chất lượng – Hiệu quả”; tích cực hoàn thiện các tiêu chí trường chính trị chuẩn theo Quy định số 11-QĐ/TW ngày 19/5/2021; chất lượng đề tài, hội thảo, tọa đàm khoa học ngày càng được nâng lên. Đã cử đi đào tạo 06 tiến sĩ, 12 thạc sĩ, 04 cao cấp lý luận chính trị; 89 giảng viên thao giảng cấp khoa, 10 giảng viên thao giảng cấp trường.",
      limitations:
        "Tiến độ khai giảng các lớp ở một số trường còn chậm so với kế hoạch; công tác chuyển đổi số chưa thực sự rõ nét; hoạt động của thư viện chưa có sự đổi mới; cơ sở vật chất, trang thiết bị còn thiếu đồng bộ; công tác xây dựng, nhân rộng mô hình, gương điển hình tiên tiến trong Cụm còn hạn chế.",
      proposals:
        "Đề nghị Học viện Chính trị quốc gia Hồ Chí Minh quan tâm giúp đỡ các trường sớm đạt chuẩn mức 1, Trường Chính trị tỉnh Lào Cai đạt chuẩn mức 2 vào năm 2025; có sự chỉ đạo thống nhất về ứng dụng chuyển đổi số trong quản trị nhà trường; tháo gỡ khó khăn về cơ chế tự chủ tài chính.",
      nextTasks:
        "Tổ chức giao lưu Cụm thi đua chào mừng 75 năm truyền thống Học viện (tháng 9/2024, Trường Chính trị tỉnh Hà Giang chủ trì); 02 tọa đàm khoa học cấp Cụm; kiểm tra công tác thi đua, khen thưởng năm 2023, 2024 tại Trường Chính trị Hoàng Đình Giong (Trường Chính trị Hoàng Văn Thụ chủ trì); Hội nghị tổng kết phong trào thi đua năm 2024 (tháng 11/2024, tại Trường Đào tạo cán bộ Nguyễn Văn Cừ).",
    },
    update: {},
  });

  // Computed figures, from the recorded data of the period.
  const classRows = await ctx.prisma.trainingClass.findMany({
    where: { status: { not: "CANCELLED" }, startDate: { lte: to }, OR: [{ endDate: null }, { endDate: { gte: from } }] },
    select: { schoolUnitId: true, _count: { select: { enrolments: { where: { status: { not: "WITHDRAWN" } } } } } },
  });
  const research = await ctx.prisma.researchOutput.findMany({
    where: { date: { gte: from, lte: to }, status: { not: "CANCELLED" } },
    select: { unitId: true, kind: true, level: true },
  });
  const submitted: Record<string, { status: "SUBMITTED" | "DRAFT"; at?: string }> = {
    QN: { status: "SUBMITTED", at: "2024-06-18" },
    HG: { status: "SUBMITTED", at: "2024-06-17" },
    LS: { status: "SUBMITTED", at: "2024-06-19" },
    CB: { status: "SUBMITTED", at: "2024-06-20" },
    LCA: { status: "SUBMITTED", at: "2024-06-19" },
    SL: { status: "SUBMITTED", at: "2024-06-21" },
    LC: { status: "DRAFT" },
    // DB (Điện Biên) has not started its submission.
  };
  for (const school of D.CLUSTER_SCHOOLS) {
    const state = submitted[school.provinceCode];
    if (!state) continue;
    const unitId = req(ctx.units, `${school.provinceCode}-TCT`, "trường");
    const username = school.provinceCode === "LS" ? "bgh" : school.provinceCode === "QN" ? "cumtruong" : `bgh-${school.provinceCode.toLowerCase()}`;
    const submission = await ctx.prisma.clusterReportSubmission.upsert({
      where: { reportId_unitId: { reportId: report.id, unitId } },
      create: {
        reportId: report.id,
        unitId,
        status: state.status,
        achievements: `${school.schoolName} hoàn thành các chỉ tiêu đào tạo, bồi dưỡng 6 tháng đầu năm 2024: ${school.h1_2024.classes} lớp với ${school.h1_2024.learners.toLocaleString("vi-VN")} học viên.`,
        limitations: "Tiến độ khai giảng một số lớp còn chậm; chuyển đổi số trong quản lý đào tạo chưa đồng bộ.",
        proposals: "Đề nghị Học viện hướng dẫn thống nhất việc triển khai chuyển đổi số trong quản trị nhà trường.",
        nextTasks: "Tiếp tục thực hiện kế hoạch đào tạo, bồi dưỡng 6 tháng cuối năm; hoàn thiện tiêu chí trường chính trị chuẩn.",
        submittedAt: state.at ? at(state.at, 15) : null,
        submittedById: state.at ? req(ctx.users, username, "tài khoản") : null,
      },
      update: {},
    });
    const mine = classRows.filter((c) => c.schoolUnitId === unitId);
    const computed: Record<string, number> = {
      classes: mine.length,
      learners: mine.reduce((sum, c) => sum + c._count.enrolments, 0),
    };
    for (const m of D.CLUSTER_METRICS) {
      if (!m.kind) continue;
      computed[m.metric] = research.filter((r) => r.unitId === unitId && r.kind === m.kind && (m.level === undefined || r.level === m.level)).length;
    }
    // Schools declared their research figures; classes and learners are left to the computed values (their own totals,
    // from seed 002, are quoted in the achievements text).
    const declared: Record<string, number> = {};
    for (const m of D.CLUSTER_METRICS) if (m.kind) declared[m.metric] = computed[m.metric];
    // Hà Giang counted its school-level seminar among its school-level conferences: the report shows the difference.
    if (school.provinceCode === "HG") declared.conferences_school = computed.conferences_school + 1;
    await ctx.prisma.clusterReportFigure.createMany({
      skipDuplicates: true,
      data: D.CLUSTER_METRICS.map((m) => ({
        id: stableId("figure", submission.id, m.metric),
        submissionId: submission.id,
        metric: m.metric,
        computedValue: computed[m.metric] ?? 0,
        declaredValue: state.status === "SUBMITTED" ? (declared[m.metric] ?? null) : null,
      })),
    });
  }
}

// ───────────────────────────── Inspections ─────────────────────────────

async function seedInspections(ctx: Ctx) {
  const board = req(ctx.units, "LS-BTG", "ban");
  const I = D.INSPECTION_2022;
  const plan = await ctx.prisma.inspectionPlan.upsert({
    where: { boardUnitId_code: { boardUnitId: board, code: I.code } },
    create: {
      boardUnitId: board,
      code: I.code,
      title: I.title,
      year: 2022,
      issuedAt: day(I.issuedAt),
      startDate: day(I.startDate),
      endDate: day(I.endDate),
      content: I.content,
      status: "COMPLETED",
    },
    update: {},
  });
  const dl = req(ctx.units, DL, "trung tâm");
  const cl = req(ctx.units, CL, "trung tâm");
  await ctx.prisma.inspectionTarget.createMany({
    skipDuplicates: true,
    data: [
      { id: stableId("target", plan.id, DL), planId: plan.id, unitId: dl, scheduledDate: day("2022-11-24") },
      { id: stableId("target", plan.id, CL), planId: plan.id, unitId: cl, scheduledDate: day("2022-11-25") },
    ],
  });
  await ctx.prisma.inspectionTeamMember.createMany({
    skipDuplicates: true,
    data: I.team.map((m, i) => ({
      id: stableId("team", plan.id, i),
      planId: plan.id,
      name: m.name,
      position: m.position,
      role: m.role,
      userId: "username" in m && m.username ? req(ctx.users, m.username, "tài khoản") : null,
    })),
  });
  const visitDl = stableId("visit", plan.id, DL);
  const visitCl = stableId("visit", plan.id, CL);
  await ctx.prisma.inspectionVisit.createMany({
    skipDuplicates: true,
    data: [
      {
        id: visitDl,
        planId: plan.id,
        unitId: dl,
        visitDate: day("2022-11-24"),
        reviewed: I.reviewed,
        findings: `${I.findings} Dự và làm việc cùng Đoàn có đồng chí Hoàng Xuân Thuận, Tỉnh ủy viên, Bí thư Huyện ủy Đình Lập.`,
        strengths: I.strengths,
        shortcomings: I.shortcomings,
        conclusion: I.conclusion,
      },
      {
        id: visitCl,
        planId: plan.id,
        unitId: cl,
        visitDate: day("2022-11-25"),
        reviewed: I.reviewed,
        findings: `${I.findings} Dự và làm việc cùng Đoàn có đồng chí Long Văn Nhân, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Chi Lăng.`,
        strengths: I.strengths,
        shortcomings: I.shortcomings,
        conclusion: I.conclusion,
      },
    ],
  });
  const recDone = stableId("recommendation", visitDl, 1);
  const recOpen = stableId("recommendation", visitCl, 1);
  const recProgress = stableId("recommendation", visitCl, 2);
  await ctx.prisma.recommendation.createMany({
    skipDuplicates: true,
    data: [
      { id: recDone, visitId: visitDl, responsibleUnitId: dl, content: "Tham mưu Huyện ủy Đình Lập bố trí đủ biên chế, giảng viên chuyên trách cho Trung tâm Chính trị huyện.", dueDate: day("2023-06-30"), status: "DONE", closedAt: at("2023-09-15", 10) },
      { id: recOpen, visitId: visitCl, responsibleUnitId: cl, content: "Tạo điều kiện để cán bộ, giảng viên tham gia tổng kết thực tiễn, nghiên cứu khoa học; mỗi năm có ít nhất 01 bài viết đăng bản tin Thông tin lý luận và thực tiễn.", dueDate: day("2023-12-31"), status: "OPEN" },
      { id: recProgress, visitId: visitCl, responsibleUnitId: cl, content: "Hoàn thiện và thực hiện đầy đủ chế độ, chính sách đối với giám đốc, phó giám đốc, giảng viên chuyên trách, giảng viên kiêm chức của Trung tâm.", dueDate: day("2023-12-31"), status: "IN_PROGRESS" },
    ],
  });
  await ctx.prisma.recommendationFollowUp.createMany({
    skipDuplicates: true,
    data: [
      { id: stableId("followup", recDone, 1), recommendationId: recDone, date: day("2023-03-10"), note: "Huyện ủy đã giao Ban Tổ chức Huyện ủy xây dựng phương án bổ sung biên chế cho Trung tâm.", statusAfter: "IN_PROGRESS", byUserId: req(ctx.users, "ttdinhlap", "tài khoản") },
      { id: stableId("followup", recDone, 2), recommendationId: recDone, date: day("2023-09-15"), note: "Đã bổ sung 01 giảng viên chuyên trách; Ban Tuyên giáo Tỉnh ủy kiểm tra, xác nhận hoàn thành.", statusAfter: "DONE", byUserId: req(ctx.users, "bantuyengiao", "tài khoản") },
      { id: stableId("followup", recProgress, 1), recommendationId: recProgress, date: day("2024-04-12"), note: "Huyện đã ban hành quy định chế độ bồi dưỡng giảng viên kiêm chức; chế độ đối với giám đốc trung tâm đang chờ hướng dẫn của tỉnh.", statusAfter: "IN_PROGRESS", byUserId: req(ctx.users, "ttchilang", "tài khoản") },
    ],
  });

  // Next year's plan, issued, not yet carried out.
  const plan2026 = await ctx.prisma.inspectionPlan.upsert({
    where: { boardUnitId_code: { boardUnitId: board, code: "27-KH/BTG" } },
    create: {
      boardUnitId: board,
      code: "27-KH/BTG",
      title: "Kiểm tra công tác đào tạo, bồi dưỡng lý luận chính trị tại Trường Chính trị Hoàng Văn Thụ và Trung tâm Chính trị huyện Hữu Lũng, Bắc Sơn năm 2026",
      year: 2026,
      issuedAt: day("2026-11-02"),
      startDate: day("2026-12-08"),
      endDate: day("2026-12-10"),
      content: "Kiểm tra việc thực hiện kế hoạch đào tạo, bồi dưỡng năm 2026; quản lý lớp học, học viên; thực hiện chương trình phối hợp giữa Trường và các trung tâm chính trị.",
      status: "ISSUED",
    },
    update: {},
  });
  await ctx.prisma.inspectionTarget.createMany({
    skipDuplicates: true,
    data: [
      { id: stableId("target", plan2026.id, SCHOOL), planId: plan2026.id, unitId: req(ctx.units, SCHOOL, "trường"), scheduledDate: day("2026-12-08") },
      { id: stableId("target", plan2026.id, "LS-TT-HUULUNG"), planId: plan2026.id, unitId: req(ctx.units, "LS-TT-HUULUNG", "trung tâm"), scheduledDate: day("2026-12-09") },
      { id: stableId("target", plan2026.id, "LS-TT-BACSON"), planId: plan2026.id, unitId: req(ctx.units, "LS-TT-BACSON", "trung tâm"), scheduledDate: day("2026-12-10") },
    ],
  });
  await ctx.prisma.inspectionTeamMember.createMany({
    skipDuplicates: true,
    data: [
      { id: stableId("team", plan2026.id, 0), planId: plan2026.id, name: "Nguyễn Trọng Sơn", position: "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", role: "HEAD" },
      { id: stableId("team", plan2026.id, 1), planId: plan2026.id, name: "Vũ Thị Thanh Hà", position: "Trưởng phòng Lý luận chính trị và Lịch sử Đảng", role: "DEPUTY" },
      { id: stableId("team", plan2026.id, 2), planId: plan2026.id, name: "Trần Thị Huyền", position: "Chuyên viên Ban Tuyên giáo Tỉnh ủy", role: "SECRETARY", userId: req(ctx.users, "bantuyengiao", "tài khoản") },
    ],
  });
}

// ───────────────────────────── Entry point ─────────────────────────────

export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const ctx: Ctx = { prisma, log, units: new Map(), programs: new Map(), users: new Map(), lecturers: new Map(), planLines: new Map(), learnerIds: new Map() };
  log("Đang tạo đơn vị…");
  await seedUnits(ctx);
  const clusterId = await seedCluster(ctx);
  log("Đang tạo chương trình, quy định đánh giá…");
  ctx.programs = await ensurePrograms(prisma);
  await seedStandards(ctx);
  log("Đang tạo tài khoản, giảng viên…");
  await seedUsers(ctx);
  await seedLecturers(ctx);
  await seedAgreements(ctx);
  await seedUnitChanges(ctx);
  log("Đang tạo kế hoạch năm…");
  await seedPlans(ctx);
  log("Đang tạo học viên…");
  const plans = planLearners();
  await seedLearners(ctx, plans);
  log("Đang tạo lớp học, lịch học, điểm danh, điểm, kết quả, văn bằng…");
  let created = 0;
  for (const [index, plan] of plans.entries()) {
    if (await seedClass(ctx, plan, index)) {
      created++;
      log(`  Lớp ${plan.spec.code}: ${plan.learners.length} học viên`);
    }
  }
  log(`  Lớp: ${plans.length} (mới tạo ${created})`);
  log("Đang tạo nghiên cứu khoa học, báo cáo cụm thi đua, kiểm tra…");
  await seedResearch(ctx);
  await seedClusterReport(ctx, clusterId);
  await seedInspections(ctx);
  log("Hoàn tất dữ liệu mẫu.");
  return { units: ctx.units.size, learners: ctx.learnerIds.size, classes: plans.length, classesCreated: created, users: ctx.users.size };
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const db = openDatabase();
  const started = Date.now();
  try {
    await seed(db.prisma);
    console.log(`Xong sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  } catch (error) {
    console.error("Lỗi khi tạo dữ liệu mẫu:", error);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
