// Static Vietnamese reference data for the demo seed (prisma/seed.ts) and the large-data generator
// (prisma/generate.ts), plus the small deterministic helpers both share (PRNG, stable ids, grading).
// Sources: /work/shared/seeds/000–004 and DOMAIN-NOTES.md. Items the sources do not confirm are marked.
import crypto from "node:crypto";
import type {
  AssessmentKind,
  CertificateKind,
  Classification,
  LecturerKind,
  ProgramCategory,
  Role,
  StudyMode,
  UnitKind,
} from "@/lib/generated/prisma/enums";

// ───────────────────────────── Demo accounts ─────────────────────────────

/** The password of every demo account. */
export const DEMO_PASSWORD = "Matkhau@2026";

export interface DemoAccount {
  username: string;
  role: Role;
  unitCode: string;
  fullName: string;
  email: string;
  /** What the account is for, in Vietnamese (README, login page hints). */
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", role: "ADMIN", unitCode: "LS", fullName: "Quản trị hệ thống", email: "admin@truongchinhtri.langson.vn", description: "Quản trị viên: đơn vị, tài khoản" },
  { username: "bgh", role: "SCHOOL_LEADERSHIP", unitCode: "LS-TCT", fullName: "Dương Thị Hồng Vân", email: "bgh@truongchinhtri.langson.vn", description: "Ban Giám hiệu Trường Chính trị Hoàng Văn Thụ" },
  { username: "daotao", role: "TRAINING_OFFICE", unitCode: "LS-TCT", fullName: "Hoàng Thị Thu Hà", email: "daotao@truongchinhtri.langson.vn", description: "Phòng Quản lý đào tạo và Nghiên cứu khoa học" },
  { username: "giangvien", role: "LECTURER", unitCode: "LS-TCT-XDD", fullName: "Phạm Anh Tuấn", email: "giangvien@truongchinhtri.langson.vn", description: "Giảng viên Khoa Xây dựng Đảng" },
  { username: "ttchilang", role: "CENTER_STAFF", unitCode: "LS-TT-CHILANG", fullName: "Lương Văn Hùng", email: "ttchilang@truongchinhtri.langson.vn", description: "Cán bộ Trung tâm Chính trị huyện Chi Lăng" },
  { username: "ttdinhlap", role: "CENTER_STAFF", unitCode: "LS-TT-DINHLAP", fullName: "Hoàng Văn Dũng", email: "ttdinhlap@truongchinhtri.langson.vn", description: "Cán bộ Trung tâm Chính trị huyện Đình Lập" },
  { username: "bantuyengiao", role: "PROVINCIAL_BOARD", unitCode: "LS-BTG", fullName: "Trần Thị Huyền", email: "bantuyengiao@truongchinhtri.langson.vn", description: "Chuyên viên Ban Tuyên giáo Tỉnh ủy Lạng Sơn" },
  { username: "cumtruong", role: "SCHOOL_LEADERSHIP", unitCode: "QN-TCT", fullName: "Phạm Thùy Dương", email: "cumtruong@truongnguyenvancu.quangninh.vn", description: "Ban Giám hiệu Trường Đào tạo cán bộ Nguyễn Văn Cừ (Cụm trưởng)" },
  // Leadership of the other cluster schools, so that each can submit its part of a cluster report.
  { username: "bgh-hg", role: "SCHOOL_LEADERSHIP", unitCode: "HG-TCT", fullName: "Nguyễn Hoàng Hưng", email: "bgh@truongchinhtri.hagiang.vn", description: "Ban Giám hiệu Trường Chính trị tỉnh Hà Giang (Cụm phó thường trực)" },
  { username: "bgh-db", role: "SCHOOL_LEADERSHIP", unitCode: "DB-TCT", fullName: "Lò Thị Hương", email: "bgh@truongchinhtri.dienbien.vn", description: "Ban Giám hiệu Trường Chính trị tỉnh Điện Biên" },
  { username: "bgh-cb", role: "SCHOOL_LEADERSHIP", unitCode: "CB-TCT", fullName: "Bế Văn Minh", email: "bgh@truongchinhtri.caobang.vn", description: "Ban Giám hiệu Trường Chính trị Hoàng Đình Giong" },
  { username: "bgh-lc", role: "SCHOOL_LEADERSHIP", unitCode: "LC-TCT", fullName: "Tao Văn Dũng", email: "bgh@truongchinhtri.laichau.vn", description: "Ban Giám hiệu Trường Chính trị tỉnh Lai Châu" },
  { username: "bgh-lca", role: "SCHOOL_LEADERSHIP", unitCode: "LCA-TCT", fullName: "Vàng A Chính", email: "bgh@truongchinhtri.laocai.vn", description: "Ban Giám hiệu Trường Chính trị tỉnh Lào Cai" },
  { username: "bgh-sl", role: "SCHOOL_LEADERSHIP", unitCode: "SL-TCT", fullName: "Cầm Thị Hoa", email: "bgh@truongchinhtri.sonla.vn", description: "Ban Giám hiệu Trường Chính trị tỉnh Sơn La" },
];

// ───────────────────────────── Units ─────────────────────────────

export interface UnitDef {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentCode?: string;
  centerLevel?: "DISTRICT" | "COMMUNE";
  address?: string;
  validFrom?: string;
}

export const ACADEMY: UnitDef = {
  code: "HVCTQG",
  name: "Học viện Chính trị quốc gia Hồ Chí Minh",
  shortName: "Học viện",
  kind: "ACADEMY",
  address: "135 Nguyễn Phong Sắc, Nghĩa Tân, Cầu Giấy, Hà Nội",
  validFrom: "1949-03-11",
};

/** Lạng Sơn's 11 districts / city; `key` is the ASCII upper-case part of the center code. */
export interface DistrictDef {
  key: string;
  /** "huyện Chi Lăng", "thành phố Lạng Sơn" */
  name: string;
  /** Short code used in class codes. */
  abbr: string;
  communes: string[];
}

export const LS_DISTRICTS: DistrictDef[] = [
  { key: "TPLANGSON", name: "thành phố Lạng Sơn", abbr: "TP", communes: ["phường Chi Lăng", "phường Hoàng Văn Thụ", "phường Tam Thanh", "phường Vĩnh Trại", "phường Đông Kinh", "xã Mai Pha", "xã Hoàng Đồng", "xã Quảng Lạc"] },
  { key: "TRANGDINH", name: "huyện Tràng Định", abbr: "TD", communes: ["thị trấn Thất Khê", "xã Đại Đồng", "xã Hùng Sơn", "xã Quốc Khánh", "xã Tri Phương", "xã Kim Đồng", "xã Đề Thám", "xã Chí Minh"] },
  { key: "VANLANG", name: "huyện Văn Lãng", abbr: "VL", communes: ["thị trấn Na Sầm", "xã Hoàng Văn Thụ", "xã Tân Mỹ", "xã Thanh Long", "xã Trùng Khánh", "xã Hội Hoan", "xã Tân Tác", "xã Gia Miễn"] },
  { key: "VANQUAN", name: "huyện Văn Quan", abbr: "VQ", communes: ["thị trấn Văn Quan", "xã Tràng Các", "xã Văn An", "xã Điềm He", "xã Yên Phúc", "xã Tân Đoàn", "xã Lương Năng", "xã Tú Xuyên"] },
  { key: "BINHGIA", name: "huyện Bình Gia", abbr: "BG", communes: ["thị trấn Bình Gia", "xã Hoàng Văn Thụ", "xã Tân Văn", "xã Hồng Phong", "xã Thiện Thuật", "xã Hòa Bình", "xã Mông Ân", "xã Thiện Hòa"] },
  { key: "BACSON", name: "huyện Bắc Sơn", abbr: "BS", communes: ["thị trấn Bắc Sơn", "xã Hữu Vĩnh", "xã Vũ Lăng", "xã Chiến Thắng", "xã Long Đống", "xã Vũ Sơn", "xã Tân Lập", "xã Nhất Hòa"] },
  { key: "HUULUNG", name: "huyện Hữu Lũng", abbr: "HL", communes: ["thị trấn Hữu Lũng", "xã Minh Sơn", "xã Hồ Sơn", "xã Yên Thịnh", "xã Đồng Tân", "xã Hòa Thắng", "xã Thiện Tân", "xã Vân Nham"] },
  { key: "CHILANG", name: "huyện Chi Lăng", abbr: "CL", communes: ["thị trấn Đồng Mỏ", "thị trấn Chi Lăng", "xã Quang Lang", "xã Mai Sao", "xã Bắc Thủy", "xã Chiến Thắng", "xã Vân An", "xã Vạn Linh", "xã Hòa Bình", "xã Thượng Cường", "xã Y Tịch", "xã Lâm Sơn", "xã Bằng Mạc", "xã Nhân Lý", "xã Gia Lộc"] },
  { key: "CAOLOC", name: "huyện Cao Lộc", abbr: "CLO", communes: ["thị trấn Cao Lộc", "thị trấn Đồng Đăng", "xã Tân Liên", "xã Gia Cát", "xã Hợp Thành", "xã Thụy Hùng", "xã Lộc Yên", "xã Thạch Đạn"] },
  { key: "LOCBINH", name: "huyện Lộc Bình", abbr: "LB", communes: ["thị trấn Lộc Bình", "thị trấn Na Dương", "xã Khuất Xá", "xã Tú Đoạn", "xã Đông Quan", "xã Lợi Bác", "xã Xuân Dương", "xã Tam Gia"] },
  { key: "DINHLAP", name: "huyện Đình Lập", abbr: "DL", communes: ["thị trấn Đình Lập", "thị trấn Nông trường Thái Bình", "xã Bắc Xa", "xã Bính Xá", "xã Kiên Mộc", "xã Đình Lập", "xã Thái Bình", "xã Cường Lợi", "xã Châu Sơn", "xã Lâm Ca", "xã Đồng Thắng", "xã Bắc Lãng"] },
];

export function centerCode(district: DistrictDef): string {
  return `LS-TT-${district.key}`;
}

export function centerName(district: DistrictDef): string {
  return `Trung tâm Chính trị ${district.name}`;
}

export const LS_UNITS: UnitDef[] = [
  { code: "LS", name: "Tỉnh Lạng Sơn", shortName: "Lạng Sơn", kind: "PROVINCE", address: "Thành phố Lạng Sơn, tỉnh Lạng Sơn", validFrom: "1831-01-01" },
  { code: "LS-TCT", name: "Trường Chính trị Hoàng Văn Thụ", shortName: "Trường Chính trị Hoàng Văn Thụ", kind: "SCHOOL", parentCode: "LS", address: "Đường Lê Đại Hành, phường Vĩnh Trại, thành phố Lạng Sơn", validFrom: "1995-01-01" },
  { code: "LS-TCT-XDD", name: "Khoa Xây dựng Đảng", kind: "FACULTY", parentCode: "LS-TCT", validFrom: "2000-01-01" },
  { code: "LS-TCT-LLCS", name: "Khoa Lý luận cơ sở", kind: "FACULTY", parentCode: "LS-TCT", validFrom: "2000-01-01" },
  { code: "LS-TCT-NNPL", name: "Khoa Nhà nước và pháp luật", kind: "FACULTY", parentCode: "LS-TCT", validFrom: "2000-01-01" },
  { code: "LS-TCT-QLDT", name: "Phòng Quản lý đào tạo và Nghiên cứu khoa học", shortName: "Phòng QLĐT và NCKH", kind: "OFFICE", parentCode: "LS-TCT", validFrom: "2000-01-01" },
  { code: "LS-TCT-TCHC", name: "Phòng Tổ chức – Hành chính", shortName: "Phòng TC – HC", kind: "OFFICE", parentCode: "LS-TCT", validFrom: "2000-01-01" },
  { code: "LS-BTG", name: "Ban Tuyên giáo Tỉnh ủy Lạng Sơn", shortName: "Ban Tuyên giáo Tỉnh ủy", kind: "BOARD", parentCode: "LS", address: "Thành phố Lạng Sơn", validFrom: "1960-01-01" },
  // District centers were re-established under Đề án số 04-ĐA/TU ngày 02/12/2021 of the Lạng Sơn party committee (seed 001).
  ...LS_DISTRICTS.map((d): UnitDef => ({
    code: centerCode(d),
    name: centerName(d),
    kind: "CENTER",
    centerLevel: "DISTRICT",
    parentCode: "LS",
    address: d.communes[0] ? `${capitalize(d.communes[0])}, ${d.name}, tỉnh Lạng Sơn` : undefined,
    validFrom: "2022-01-01",
  })),
];

/** Unit history examples (illustrative; see UnitChange). */
export const LS_HISTORY_UNITS: UnitDef[] = [
  // A commune-level center set up under Quy định 360-QĐ/TW (2025). Illustrative.
  { code: "LS-TT-XA-DONGDANG", name: "Trung tâm Chính trị xã Đồng Đăng", kind: "CENTER", centerLevel: "COMMUNE", parentCode: "LS", address: "Xã Đồng Đăng, tỉnh Lạng Sơn", validFrom: "2025-07-01" },
  // The pre-2022 center of Đình Lập, dissolved before the re-establishment (Đề án 04-ĐA/TU). Illustrative.
  { code: "LS-TTBDCT-DINHLAP", name: "Trung tâm Bồi dưỡng chính trị huyện Đình Lập", kind: "CENTER", centerLevel: "DISTRICT", parentCode: "LS", validFrom: "2008-01-01" },
];

export interface ClusterSchoolDef {
  provinceCode: string;
  provinceName: string;
  schoolName: string;
  role: "HEAD" | "STANDING_DEPUTY" | "DEPUTY" | "MEMBER";
  /** First three digits of citizen IDs issued in the province. */
  citizenPrefix: string;
  /** Figures of the first half of 2024 as declared in seed 002. */
  h1_2024: { classes: number; learners: number };
}

export const CLUSTER = {
  code: "CUM-MNBGPB",
  name: "Cụm thi đua các trường chính trị khu vực miền núi, biên giới phía Bắc",
};

export const CLUSTER_SCHOOLS: ClusterSchoolDef[] = [
  { provinceCode: "QN", provinceName: "Quảng Ninh", schoolName: "Trường Đào tạo cán bộ Nguyễn Văn Cừ", role: "HEAD", citizenPrefix: "022", h1_2024: { classes: 97, learners: 3864 } },
  { provinceCode: "HG", provinceName: "Hà Giang", schoolName: "Trường Chính trị tỉnh Hà Giang", role: "STANDING_DEPUTY", citizenPrefix: "002", h1_2024: { classes: 20, learners: 1663 } },
  { provinceCode: "LS", provinceName: "Lạng Sơn", schoolName: "Trường Chính trị Hoàng Văn Thụ", role: "DEPUTY", citizenPrefix: "020", h1_2024: { classes: 21, learners: 1131 } },
  { provinceCode: "DB", provinceName: "Điện Biên", schoolName: "Trường Chính trị tỉnh Điện Biên", role: "MEMBER", citizenPrefix: "011", h1_2024: { classes: 15, learners: 1206 } },
  { provinceCode: "CB", provinceName: "Cao Bằng", schoolName: "Trường Chính trị Hoàng Đình Giong", role: "MEMBER", citizenPrefix: "004", h1_2024: { classes: 14, learners: 779 } },
  { provinceCode: "LC", provinceName: "Lai Châu", schoolName: "Trường Chính trị tỉnh Lai Châu", role: "MEMBER", citizenPrefix: "012", h1_2024: { classes: 16, learners: 819 } },
  { provinceCode: "LCA", provinceName: "Lào Cai", schoolName: "Trường Chính trị tỉnh Lào Cai", role: "MEMBER", citizenPrefix: "010", h1_2024: { classes: 24, learners: 1254 } },
  { provinceCode: "SL", provinceName: "Sơn La", schoolName: "Trường Chính trị tỉnh Sơn La", role: "MEMBER", citizenPrefix: "014", h1_2024: { classes: 27, learners: 1727 } },
];

export const CLUSTER_YEARS = [2024, 2025, 2026];

/** A few districts of each other cluster province (workplaces of their learners). */
export const OTHER_DISTRICTS: Record<string, string[]> = {
  QN: ["huyện Ba Chẽ", "huyện Bình Liêu", "huyện Tiên Yên", "thành phố Cẩm Phả"],
  HG: ["huyện Đồng Văn", "huyện Mèo Vạc", "huyện Yên Minh", "huyện Bắc Quang"],
  DB: ["huyện Mường Chà", "huyện Tuần Giáo", "huyện Điện Biên Đông", "huyện Mường Ảng"],
  CB: ["huyện Trùng Khánh", "huyện Hà Quảng", "huyện Bảo Lạc", "huyện Hòa An"],
  LC: ["huyện Phong Thổ", "huyện Sìn Hồ", "huyện Than Uyên", "huyện Tam Đường"],
  LCA: ["huyện Bát Xát", "thị xã Sa Pa", "huyện Bắc Hà", "huyện Văn Bàn"],
  SL: ["huyện Mộc Châu", "huyện Thuận Châu", "huyện Sông Mã", "huyện Mai Sơn"],
};

/**
 * Research output of the first half of 2024 per school, as listed in seed 002
 * (kind, level, count). "đề tài" = PROJECT, "hội thảo" = CONFERENCE, "tọa đàm" = SEMINAR, etc.
 */
export const RESEARCH_H1_2024: Record<string, Array<[kind: string, level: string | null, count: number]>> = {
  QN: [["PROJECT", "PROVINCE", 3], ["PROJECT", "SCHOOL", 6], ["SCHEME", "PROVINCE", 2], ["CONFERENCE", "PROVINCE", 1], ["BULLETIN_ISSUE", null, 2], ["MONOGRAPH", null, 1], ["JOURNAL_ARTICLE", "NATIONAL", 2]],
  DB: [["PROJECT", "SCHOOL", 4], ["PROCEEDINGS", null, 1], ["BULLETIN_ISSUE", null, 1], ["JOURNAL_ARTICLE", "NATIONAL", 4]],
  HG: [["PROJECT", "PROVINCE", 1], ["PROJECT", "SCHOOL", 4], ["CONFERENCE", "PROVINCE", 1], ["CONFERENCE", "SCHOOL", 1], ["SEMINAR", "SCHOOL", 1], ["PROCEEDINGS", null, 2], ["BULLETIN_ISSUE", null, 3]],
  CB: [["CONFERENCE", "PROVINCE", 2], ["CONFERENCE", "SCHOOL", 3]],
  LC: [["CONFERENCE", "PROVINCE", 1], ["CONFERENCE", "SCHOOL", 1], ["PROCEEDINGS", null, 1], ["BULLETIN_ISSUE", null, 1], ["JOURNAL_ARTICLE", "NATIONAL", 5]],
  LS: [["PROJECT", "PROVINCE", 1], ["PROJECT", "SCHOOL", 1], ["CONFERENCE", "SCHOOL", 1], ["PROCEEDINGS", null, 1], ["BULLETIN_ISSUE", null, 1]],
  LCA: [["PROJECT", "PROVINCE", 2], ["PROJECT", "SCHOOL", 7], ["CONFERENCE", "PROVINCE", 3], ["CONFERENCE", "SCHOOL", 1], ["SEMINAR", "SCHOOL", 2], ["BULLETIN_ISSUE", null, 2], ["JOURNAL_ARTICLE", "NATIONAL", 20]],
  SL: [["PROJECT", "PROVINCE", 2], ["PROJECT", "SCHOOL", 6], ["CONFERENCE", "PROVINCE", 2]],
};

/**
 * Metrics of a cluster report figure (ClusterReportFigure.metric). Classes and learners count classes that ran
 * during the period (not cancelled) and their enrolments (not withdrawn); research outputs count by their date.
 */
export const CLUSTER_METRICS: Array<{ metric: string; label: string; kind?: string; level?: string | null }> = [
  { metric: "classes", label: "Số lớp đào tạo, bồi dưỡng" },
  { metric: "learners", label: "Số học viên" },
  { metric: "projects_province", label: "Đề tài cấp tỉnh", kind: "PROJECT", level: "PROVINCE" },
  { metric: "projects_school", label: "Đề tài cấp trường", kind: "PROJECT", level: "SCHOOL" },
  { metric: "schemes", label: "Đề án", kind: "SCHEME" },
  { metric: "conferences_province", label: "Hội thảo cấp tỉnh", kind: "CONFERENCE", level: "PROVINCE" },
  { metric: "conferences_school", label: "Hội thảo cấp trường", kind: "CONFERENCE", level: "SCHOOL" },
  { metric: "seminars", label: "Tọa đàm", kind: "SEMINAR" },
  { metric: "proceedings", label: "Kỷ yếu", kind: "PROCEEDINGS" },
  { metric: "bulletin_issues", label: "Số Thông tin lý luận và thực tiễn", kind: "BULLETIN_ISSUE" },
  { metric: "monographs", label: "Sách chuyên khảo", kind: "MONOGRAPH" },
  { metric: "journal_articles", label: "Bài đăng tạp chí", kind: "JOURNAL_ARTICLE" },
];

// ───────────────────────────── Programs ─────────────────────────────

export interface SubjectDef {
  code: string;
  name: string;
  periods: number;
  block?: string;
  assessment: AssessmentKind;
  weight: number;
  /** Which faculty usually teaches it (school classes); "LOCAL" = a center's own lecturers or rapporteurs. */
  teacher?: "XDD" | "LLCS" | "NNPL" | "LOCAL";
}

export interface ProgramDef {
  code: string;
  name: string;
  aliases: string[];
  category: ProgramCategory;
  durationText: string;
  certificateKind: CertificateKind;
  /** Short code used in class codes ("TC-2025-CL-01"). */
  classPrefix: string;
  hosting: Array<{ unitKind: UnitKind; mode: StudyMode }>;
  rule: {
    name: string;
    regulationRef: string;
    effectiveFrom: string;
    eligibility: Record<string, unknown>;
    minAttendancePct: number;
  };
  subjects: SubjectDef[];
}

/** Classification thresholds (the common Vietnamese pattern; numeric values unconfirmed, hence a rule version). */
export const CLASSIFICATION_THRESHOLDS: Array<{ classification: Classification; minScore: number }> = [
  { classification: "XUAT_SAC", minScore: 9 },
  { classification: "GIOI", minScore: 8 },
  { classification: "KHA", minScore: 7 },
  { classification: "TRUNG_BINH_KHA", minScore: 6 },
  { classification: "TRUNG_BINH", minScore: 5 },
];

export const PASS_MARK = 5;

const B1 = "Phần I. Những vấn đề cơ bản của chủ nghĩa Mác – Lênin và tư tưởng Hồ Chí Minh";
const B2 = "Phần II. Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị";
const B3 = "Phần III. Đường lối, chính sách của Đảng, Nhà nước Việt Nam";
const B4 = "Phần IV. Kiến thức và kỹ năng lãnh đạo, quản lý";
const B5 = "Phần V. Tình hình, nhiệm vụ của địa phương";
const BT = "Nghiên cứu thực tế, tiểu luận và thi tốt nghiệp";

export const PROGRAMS: ProgramDef[] = [
  {
    code: "TCLLCT",
    name: "Trung cấp lý luận chính trị – hành chính",
    aliases: ["Trung cấp LLCT", "Trung cấp lý luận chính trị"],
    category: "DAO_TAO",
    durationText: "Tập trung 6–8 tháng; không tập trung khoảng 18 tháng",
    certificateKind: "BANG",
    classPrefix: "TC",
    hosting: [
      { unitKind: "SCHOOL", mode: "CONCENTRATED" },
      { unitKind: "SCHOOL", mode: "NON_CONCENTRATED" },
      { unitKind: "CENTER", mode: "NON_CONCENTRATED" },
    ],
    rule: {
      name: "Quy chế đào tạo Trung cấp lý luận chính trị (2021)",
      regulationRef: "QĐ 6468/QĐ-HVCTQG (2021)",
      effectiveFrom: "2021-12-01",
      eligibility: { requirePartyMember: true, minEducation: "COLLEGE", concentratedAgeLimit: { male: 35, female: 33 } },
      minAttendancePct: 80,
    },
    subjects: [
      { code: "I.1", name: "Triết học Mác – Lênin", periods: 60, block: B1, assessment: "EXAM", weight: 1, teacher: "LLCS" },
      { code: "I.2", name: "Kinh tế chính trị Mác – Lênin", periods: 45, block: B1, assessment: "EXAM", weight: 1, teacher: "LLCS" },
      { code: "I.3", name: "Chủ nghĩa xã hội khoa học", periods: 40, block: B1, assessment: "EXAM", weight: 1, teacher: "LLCS" },
      { code: "I.4", name: "Tư tưởng Hồ Chí Minh", periods: 40, block: B1, assessment: "EXAM", weight: 1, teacher: "LLCS" },
      { code: "II.1", name: "Lịch sử Đảng Cộng sản Việt Nam", periods: 40, block: B2, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "II.2", name: "Xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ", periods: 55, block: B2, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "II.3", name: "Nhà nước và pháp luật xã hội chủ nghĩa Việt Nam", periods: 50, block: B2, assessment: "EXAM", weight: 1, teacher: "NNPL" },
      { code: "II.4", name: "Hệ thống chính trị ở cơ sở", periods: 40, block: B2, assessment: "EXAM", weight: 1, teacher: "NNPL" },
      { code: "III.1", name: "Đường lối, chính sách phát triển kinh tế", periods: 40, block: B3, assessment: "EXAM", weight: 1, teacher: "LLCS" },
      { code: "III.2", name: "Đường lối, chính sách phát triển văn hóa, xã hội và con người", periods: 35, block: B3, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "III.3", name: "Đường lối quốc phòng, an ninh và đối ngoại", periods: 30, block: B3, assessment: "EXAM", weight: 1, teacher: "NNPL" },
      { code: "III.4", name: "Chính sách dân tộc, tôn giáo", periods: 30, block: B3, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "IV.1", name: "Quản lý hành chính nhà nước", periods: 50, block: B4, assessment: "EXAM", weight: 1, teacher: "NNPL" },
      { code: "IV.2", name: "Nghiệp vụ công tác Đảng ở cơ sở", periods: 40, block: B4, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "IV.3", name: "Công tác dân vận, Mặt trận và các đoàn thể chính trị – xã hội", periods: 30, block: B4, assessment: "EXAM", weight: 1, teacher: "XDD" },
      { code: "IV.4", name: "Kỹ năng lãnh đạo, quản lý ở cơ sở", periods: 40, block: B4, assessment: "EXAM", weight: 1, teacher: "NNPL" },
      { code: "V.1", name: "Tình hình, nhiệm vụ phát triển kinh tế – xã hội của tỉnh Lạng Sơn", periods: 20, block: B5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "NCTT", name: "Nghiên cứu thực tế", periods: 40, block: BT, assessment: "FIELD_STUDY", weight: 1, teacher: "LOCAL" },
      { code: "TL", name: "Tiểu luận cuối khóa", periods: 0, block: BT, assessment: "ESSAY", weight: 2 },
      { code: "TN1", name: "Thi tốt nghiệp: Những vấn đề cơ bản về lý luận chính trị", periods: 0, block: BT, assessment: "GRADUATION_EXAM", weight: 2 },
      { code: "TN2", name: "Thi tốt nghiệp: Đảng, Nhà nước và đường lối, chính sách", periods: 0, block: BT, assessment: "GRADUATION_EXAM", weight: 2 },
      { code: "TN3", name: "Thi tốt nghiệp: Kiến thức và kỹ năng lãnh đạo, quản lý", periods: 0, block: BT, assessment: "GRADUATION_EXAM", weight: 2 },
    ],
  },
  {
    code: "SCLLCT",
    name: "Sơ cấp lý luận chính trị – hành chính",
    aliases: ["Sơ cấp LLCT", "Sơ cấp lý luận chính trị"],
    category: "DAO_TAO",
    durationText: "Khoảng 3 tháng, không tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "SC",
    hosting: [{ unitKind: "CENTER", mode: "NON_CONCENTRATED" }, { unitKind: "CENTER", mode: "CONCENTRATED" }],
    rule: {
      name: "Chương trình Sơ cấp lý luận chính trị – hành chính",
      regulationRef: "Hướng dẫn của Ban Tuyên giáo Trung ương (áp dụng từ 2021)",
      effectiveFrom: "2021-09-01",
      eligibility: { requirePartyMember: false },
      minAttendancePct: 80,
    },
    subjects: [
      { code: "SC1", name: "Những nội dung cơ bản của chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh", periods: 30, assessment: "EXAM", weight: 1, teacher: "LOCAL" },
      { code: "SC2", name: "Đảng Cộng sản Việt Nam – tổ chức và hoạt động", periods: 25, assessment: "EXAM", weight: 1, teacher: "LOCAL" },
      { code: "SC3", name: "Nhà nước và hệ thống chính trị ở cơ sở", periods: 25, assessment: "EXAM", weight: 1, teacher: "LOCAL" },
      { code: "SC4", name: "Đường lối, chính sách phát triển kinh tế – xã hội", periods: 25, assessment: "EXAM", weight: 1, teacher: "LOCAL" },
      { code: "SC5", name: "Kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác ở cơ sở", periods: 25, assessment: "EXAM", weight: 1, teacher: "LOCAL" },
      { code: "SC6", name: "Tình hình, nhiệm vụ của địa phương", periods: 10, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "TN", name: "Thi cuối khóa", periods: 0, assessment: "GRADUATION_EXAM", weight: 2 },
    ],
  },
  {
    code: "DVM",
    name: "Bồi dưỡng lý luận chính trị cho đảng viên mới",
    aliases: ["Đảng viên mới", "Lớp đảng viên mới"],
    category: "BOI_DUONG",
    durationText: "5–7 ngày, tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "DVM",
    hosting: [{ unitKind: "CENTER", mode: "CONCENTRATED" }],
    rule: {
      name: "Chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới",
      regulationRef: "Hướng dẫn của Ban Tuyên giáo Trung ương (áp dụng từ 2021)",
      effectiveFrom: "2021-09-01",
      eligibility: { requirePartyMember: true },
      minAttendancePct: 80,
    },
    subjects: [
      { code: "CD01", name: "Chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh – nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD02", name: "Độc lập dân tộc gắn liền với chủ nghĩa xã hội – mục tiêu, lý tưởng của Đảng", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD03", name: "Đường lối phát triển kinh tế, đẩy mạnh công nghiệp hóa, hiện đại hóa", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD04", name: "Xây dựng và phát triển văn hóa, con người, giải quyết các vấn đề xã hội", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD05", name: "Quốc phòng, an ninh và đối ngoại trong tình hình mới", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD06", name: "Phát huy dân chủ xã hội chủ nghĩa, sức mạnh khối đại đoàn kết toàn dân tộc", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD07", name: "Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD08", name: "Xây dựng, chỉnh đốn Đảng trong sạch, vững mạnh", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD09", name: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "CD10", name: "Nhiệm vụ của đảng viên và vận dụng vào công tác ở cơ sở", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "BTH", name: "Bài thu hoạch cuối khóa", periods: 0, assessment: "REFLECTION", weight: 1 },
    ],
  },
  {
    code: "NTVD",
    name: "Bồi dưỡng nhận thức về Đảng",
    aliases: ["Đối tượng kết nạp Đảng", "Lớp cảm tình Đảng"],
    category: "BOI_DUONG",
    durationText: "3–5 ngày, tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "NTVD",
    hosting: [{ unitKind: "CENTER", mode: "CONCENTRATED" }],
    rule: {
      name: "Chương trình bồi dưỡng nhận thức về Đảng",
      regulationRef: "Hướng dẫn của Ban Tuyên giáo Trung ương (áp dụng từ 2021)",
      effectiveFrom: "2021-09-01",
      eligibility: {},
      minAttendancePct: 80,
    },
    subjects: [
      { code: "B1", name: "Chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh – nền tảng tư tưởng của Đảng", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "B2", name: "Đảng Cộng sản Việt Nam – lịch sử, bản chất, mục tiêu và lý tưởng", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "B3", name: "Đường lối đổi mới của Đảng Cộng sản Việt Nam", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "B4", name: "Điều lệ Đảng Cộng sản Việt Nam", periods: 5, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "B5", name: "Phương hướng phấn đấu trở thành đảng viên", periods: 4, assessment: "NONE", weight: 0, teacher: "LOCAL" },
      { code: "BTH", name: "Bài thu hoạch cuối khóa", periods: 0, assessment: "REFLECTION", weight: 1 },
    ],
  },
  {
    code: "NVCTD",
    name: "Bồi dưỡng nghiệp vụ công tác Đảng",
    aliases: ["Nghiệp vụ công tác Đảng"],
    category: "BOI_DUONG",
    durationText: "5 ngày, tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "NVCTD",
    hosting: [{ unitKind: "CENTER", mode: "CONCENTRATED" }, { unitKind: "SCHOOL", mode: "CONCENTRATED" }],
    rule: {
      name: "Chương trình bồi dưỡng nghiệp vụ công tác Đảng",
      regulationRef: "Kế hoạch đào tạo, bồi dưỡng của Tỉnh ủy (áp dụng từ 2022)",
      effectiveFrom: "2022-01-01",
      eligibility: { requirePartyMember: true },
      minAttendancePct: 80,
    },
    subjects: [
      { code: "NV1", name: "Công tác tổ chức, cán bộ và quản lý đảng viên ở cơ sở", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "NV2", name: "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "NV3", name: "Công tác tuyên giáo ở cơ sở", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "NV4", name: "Công tác dân vận của cấp ủy cơ sở", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "NV5", name: "Công tác văn phòng cấp ủy và quản lý hồ sơ đảng viên", periods: 5, assessment: "NONE", weight: 0, teacher: "NNPL" },
      { code: "NV6", name: "Nghiệp vụ tổ chức sinh hoạt chi bộ", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "KT", name: "Bài kiểm tra cuối khóa", periods: 0, assessment: "EXAM", weight: 1 },
    ],
  },
  {
    code: "NVCTDT",
    name: "Bồi dưỡng nghiệp vụ công tác đoàn thể",
    aliases: ["Nghiệp vụ công tác đoàn thể"],
    category: "BOI_DUONG",
    durationText: "5 ngày, tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "NVCTDT",
    hosting: [{ unitKind: "CENTER", mode: "CONCENTRATED" }, { unitKind: "SCHOOL", mode: "CONCENTRATED" }],
    rule: {
      name: "Chương trình bồi dưỡng nghiệp vụ công tác đoàn thể",
      regulationRef: "Kế hoạch đào tạo, bồi dưỡng của Tỉnh ủy (áp dụng từ 2022)",
      effectiveFrom: "2022-01-01",
      eligibility: {},
      minAttendancePct: 80,
    },
    subjects: [
      { code: "DT1", name: "Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội trong hệ thống chính trị", periods: 5, assessment: "NONE", weight: 0, teacher: "NNPL" },
      { code: "DT2", name: "Nghiệp vụ công tác Mặt trận Tổ quốc ở cơ sở", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "DT3", name: "Nghiệp vụ công tác Hội Liên hiệp Phụ nữ", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "DT4", name: "Nghiệp vụ công tác Đoàn Thanh niên Cộng sản Hồ Chí Minh", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "DT5", name: "Nghiệp vụ công tác Hội Nông dân và Hội Cựu chiến binh", periods: 5, assessment: "NONE", weight: 0, teacher: "NNPL" },
      { code: "DT6", name: "Kỹ năng vận động quần chúng", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "BTH", name: "Bài thu hoạch cuối khóa", periods: 0, assessment: "REFLECTION", weight: 1 },
    ],
  },
  {
    code: "CNKT-DT4",
    name: "Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý đối tượng 4",
    aliases: ["Cập nhật kiến thức đối tượng 4", "Bồi dưỡng đối tượng 4"],
    category: "BOI_DUONG",
    durationText: "5 ngày, tập trung",
    certificateKind: "GIAY_CHUNG_NHAN",
    classPrefix: "CNKT",
    hosting: [{ unitKind: "SCHOOL", mode: "CONCENTRATED" }],
    rule: {
      // "Đối tượng 4" is the older grouping; Quy định 145-QĐ/TW (2024) regroups leaders (mapping unconfirmed).
      name: "Chương trình bồi dưỡng cập nhật kiến thức đối tượng 4",
      regulationRef: "Kế hoạch bồi dưỡng cập nhật kiến thức của Tỉnh ủy (áp dụng từ 2022)",
      effectiveFrom: "2022-01-01",
      eligibility: {},
      minAttendancePct: 80,
    },
    subjects: [
      { code: "CN1", name: "Tình hình thế giới, khu vực và những vấn đề đặt ra đối với Việt Nam", periods: 5, assessment: "NONE", weight: 0, teacher: "LLCS" },
      { code: "CN2", name: "Những điểm mới trong Văn kiện Đại hội XIII của Đảng", periods: 5, assessment: "NONE", weight: 0, teacher: "XDD" },
      { code: "CN3", name: "Chuyển đổi số và xây dựng chính quyền số ở địa phương", periods: 5, assessment: "NONE", weight: 0, teacher: "NNPL" },
      { code: "CN4", name: "Phát triển kinh tế cửa khẩu và kinh tế biên mậu", periods: 5, assessment: "NONE", weight: 0, teacher: "LLCS" },
      { code: "CN5", name: "Kỹ năng lãnh đạo, quản lý trong tình hình mới", periods: 5, assessment: "NONE", weight: 0, teacher: "NNPL" },
      { code: "BTH", name: "Bài thu hoạch cuối khóa", periods: 0, assessment: "REFLECTION", weight: 1 },
    ],
  },
];

// ───────────────────────────── Standard school (Quy định 11-QĐ/TW) ─────────────────────────────

export const STANDARD_SET = {
  code: "QD-11-2021",
  name: "Tiêu chí trường chính trị chuẩn",
  regulationRef: "Quy định 11-QĐ/TW ngày 19/5/2021",
  effectiveFrom: "2021-05-19",
};

export const STANDARD_GROUPS = [
  "Thể chế, chức năng, nhiệm vụ và tổ chức bộ máy",
  "Đội ngũ cán bộ, giảng viên",
  "Công tác đào tạo, bồi dưỡng",
  "Nghiên cứu khoa học và tổng kết thực tiễn",
  "Văn hóa trường Đảng, kỷ cương, kỷ luật",
  "Cơ sở vật chất, trang thiết bị và tài chính",
];

/**
 * A representative set of indicators, [group, level, text]. ILLUSTRATIVE: the groups and the two levels are
 * from Quy định 11-QĐ/TW, but the individual indicator texts were not found in a primary source (about 55
 * exist); the school edits the set in the application.
 */
export const STANDARD_CRITERIA: Array<[group: number, level: 1 | 2, text: string]> = [
  [1, 1, "Có quy chế tổ chức và hoạt động của trường được cấp có thẩm quyền ban hành"],
  [1, 1, "Cơ cấu tổ chức gồm Ban Giám hiệu, các khoa chuyên môn và phòng chức năng theo quy định"],
  [1, 1, "Ban hành đầy đủ quy chế đào tạo, bồi dưỡng, quy chế chi tiêu nội bộ, quy chế dân chủ"],
  [1, 1, "Có kế hoạch đào tạo, bồi dưỡng hằng năm được Ban Thường vụ Tỉnh ủy phê duyệt"],
  [1, 2, "Có chiến lược phát triển trường giai đoạn 5 năm, tầm nhìn 10 năm"],
  [1, 2, "Thực hiện cơ chế phối hợp với trung tâm chính trị cấp huyện, cấp xã bằng văn bản"],
  [2, 1, "Hiệu trưởng, Phó Hiệu trưởng có trình độ cao cấp lý luận chính trị và thạc sĩ trở lên"],
  [2, 1, "100% giảng viên có trình độ đại học trở lên, đúng chuyên ngành giảng dạy"],
  [2, 1, "100% giảng viên có trình độ cao cấp lý luận chính trị hoặc cử nhân chính trị"],
  [2, 1, "Tỷ lệ giảng viên có trình độ thạc sĩ trở lên đạt từ 70% trở lên"],
  [2, 1, "Giảng viên thực hiện đủ định mức giờ giảng và nghiên cứu khoa học theo quy định"],
  [2, 2, "Có ít nhất 10% giảng viên có trình độ tiến sĩ"],
  [2, 2, "Giảng viên đi nghiên cứu thực tế có kỳ hạn theo quy định"],
  [3, 1, "Thực hiện đúng chương trình, nội dung đào tạo, bồi dưỡng do Học viện ban hành"],
  [3, 1, "Hoàn thành từ 90% chỉ tiêu kế hoạch đào tạo, bồi dưỡng hằng năm"],
  [3, 1, "Tổ chức thi, kiểm tra, đánh giá kết quả học tập khách quan, đúng quy chế"],
  [3, 1, "Quản lý hồ sơ học viên, sổ cấp bằng, giấy chứng nhận đầy đủ"],
  [3, 1, "Tổ chức lấy ý kiến phản hồi của học viên về giảng viên và khóa học"],
  [3, 2, "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học"],
  [3, 2, "Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đào tạo"],
  [4, 1, "Có kế hoạch nghiên cứu khoa học hằng năm; mỗi giảng viên tham gia ít nhất một hoạt động khoa học"],
  [4, 1, "Chủ trì hoặc tham gia đề tài khoa học cấp tỉnh trong 5 năm gần nhất"],
  [4, 1, "Tổ chức hội thảo, tọa đàm khoa học cấp trường hằng năm"],
  [4, 1, "Xuất bản định kỳ bản tin Thông tin lý luận và thực tiễn"],
  [4, 2, "Kết quả nghiên cứu được ứng dụng vào giảng dạy và tham mưu cho cấp ủy"],
  [4, 2, "Tham gia tích cực bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái"],
  [5, 1, "Xây dựng và thực hiện quy tắc ứng xử của cán bộ, giảng viên, học viên"],
  [5, 1, "Không có cán bộ, giảng viên vi phạm kỷ luật đảng, pháp luật"],
  [5, 1, "Tổ chức cơ sở đảng đạt trong sạch, vững mạnh"],
  [5, 1, "Thực hiện tốt phong trào thi đua của Học viện và Cụm thi đua"],
  [5, 2, "Có mô hình văn hóa trường Đảng tiêu biểu được nhân rộng"],
  [6, 1, "Có đủ giảng đường, phòng học đáp ứng quy mô đào tạo"],
  [6, 1, "Có thư viện với đầu sách, tài liệu phục vụ giảng dạy và học tập"],
  [6, 1, "Có ký túc xá, nhà ăn phục vụ học viên học tập trung"],
  [6, 1, "Quản lý, sử dụng tài chính, tài sản công đúng quy định"],
  [6, 2, "Có hệ thống phòng học trực tuyến và thư viện điện tử"],
  [6, 2, "Thực hiện cơ chế tự chủ tài chính theo quy định"],
];

// ───────────────────────────── People ─────────────────────────────

export const FAMILY_NAMES: Array<[string, number]> = [
  ["Nguyễn", 14], ["Hoàng", 12], ["Lương", 6], ["Nông", 6], ["Vi", 5], ["Lộc", 4], ["Chu", 4], ["Đinh", 4],
  ["Trần", 6], ["Lê", 5], ["Hà", 4], ["Lăng", 3], ["Mã", 2], ["Triệu", 3], ["Dương", 3], ["Phạm", 3],
  ["Vũ", 2], ["Đàm", 2], ["Hứa", 2], ["Bế", 2], ["Lý", 2], ["Tô", 2], ["Lục", 2],
];
export const MALE_MIDDLE = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Công", "Tiến"];
export const FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Minh", "Thúy", "Kim"];
export const MALE_GIVEN = ["Hùng", "Dũng", "Tuấn", "Cường", "Thắng", "Sơn", "Hải", "Long", "Quân", "Phong", "Tùng", "Bình", "Thành", "Trung", "Đạt", "Khánh", "Huy", "Nam", "Hiếu", "Toàn", "Lâm", "Vinh", "Kiên", "Thuận", "Nhân", "Chiến", "Hoàng", "Quyết", "Tâm", "Đông", "Mạnh", "Việt", "Thái", "Lợi", "Hưng"];
export const FEMALE_GIVEN = ["Hoa", "Lan", "Hương", "Huyền", "Trang", "Thảo", "Mai", "Ngọc", "Linh", "Hạnh", "Thủy", "Yến", "Nga", "Vân", "Dung", "Hà", "Thu", "Nhung", "Phương", "Hằng", "Loan", "Quyên", "Oanh", "Chinh", "Diệp", "Hiền", "Liên", "Tuyết", "Xuân", "Duyên"];
export const ETHNICITIES_LS: Array<[string, number]> = [["Tày", 40], ["Nùng", 34], ["Kinh", 20], ["Dao", 4], ["Sán Chay", 1], ["Hoa", 1]];
export const ETHNICITIES_OTHER: Array<[string, number]> = [["Kinh", 40], ["Tày", 15], ["Thái", 15], ["H'Mông", 12], ["Dao", 10], ["Nùng", 6], ["Giáy", 2]];

/** Positions of commune-level cadres, with the organization they work in ("{c}" = the commune). */
export const COMMUNE_POSITIONS: Array<{ position: string; workplace: string; partyOnly?: boolean }> = [
  { position: "Phó Chủ tịch UBND {c}", workplace: "UBND {c}", partyOnly: true },
  { position: "Chủ tịch UBND {c}", workplace: "UBND {c}", partyOnly: true },
  { position: "Phó Bí thư Đảng ủy {c}", workplace: "Đảng ủy {c}", partyOnly: true },
  { position: "Chủ tịch Ủy ban MTTQ {c}", workplace: "Ủy ban MTTQ Việt Nam {c}", partyOnly: true },
  { position: "Chủ tịch Hội Liên hiệp Phụ nữ {c}", workplace: "Hội LHPN {c}" },
  { position: "Bí thư Đoàn Thanh niên {c}", workplace: "Đoàn TNCS Hồ Chí Minh {c}" },
  { position: "Chủ tịch Hội Nông dân {c}", workplace: "Hội Nông dân {c}" },
  { position: "Công chức Văn phòng – Thống kê {c}", workplace: "UBND {c}" },
  { position: "Công chức Tư pháp – Hộ tịch {c}", workplace: "UBND {c}" },
  { position: "Công chức Địa chính – Xây dựng {c}", workplace: "UBND {c}" },
  { position: "Công chức Văn hóa – Xã hội {c}", workplace: "UBND {c}" },
  { position: "Chỉ huy trưởng Ban Chỉ huy Quân sự {c}", workplace: "Ban CHQS {c}" },
  { position: "Trưởng Công an {c}", workplace: "Công an {c}", partyOnly: true },
  { position: "Văn phòng Đảng ủy {c}", workplace: "Đảng ủy {c}" },
  { position: "Bí thư chi bộ thôn", workplace: "Đảng ủy {c}", partyOnly: true },
  { position: "Trưởng thôn", workplace: "UBND {c}" },
];

/** Positions of district / province cadres ("{d}" = the district). */
export const DISTRICT_POSITIONS: Array<{ position: string; workplace: string }> = [
  { position: "Chuyên viên Phòng Nội vụ", workplace: "UBND {d}" },
  { position: "Phó Trưởng phòng Tài chính – Kế hoạch", workplace: "UBND {d}" },
  { position: "Chuyên viên Ban Tổ chức Huyện ủy", workplace: "Huyện ủy {d}" },
  { position: "Chuyên viên Ban Tuyên giáo Huyện ủy", workplace: "Huyện ủy {d}" },
  { position: "Phó Trưởng phòng Văn hóa và Thông tin", workplace: "UBND {d}" },
  { position: "Phó Chánh Văn phòng HĐND và UBND", workplace: "UBND {d}" },
  { position: "Chuyên viên Ủy ban Kiểm tra Huyện ủy", workplace: "Huyện ủy {d}" },
  { position: "Phó Bí thư Huyện đoàn", workplace: "Huyện đoàn {d}" },
  { position: "Giáo viên", workplace: "Trường THPT {d}" },
  { position: "Phó Giám đốc Trung tâm Y tế", workplace: "Trung tâm Y tế {d}" },
];

export const PROVINCE_POSITIONS: Array<{ position: string; workplace: string }> = [
  { position: "Phó Giám đốc Sở", workplace: "Sở Nội vụ tỉnh Lạng Sơn" },
  { position: "Trưởng phòng", workplace: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn" },
  { position: "Phó Chánh Văn phòng", workplace: "Văn phòng Tỉnh ủy Lạng Sơn" },
  { position: "Phó Trưởng phòng", workplace: "Sở Tài chính tỉnh Lạng Sơn" },
  { position: "Trưởng phòng", workplace: "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn" },
  { position: "Phó Giám đốc", workplace: "Bệnh viện Đa khoa tỉnh Lạng Sơn" },
  { position: "Phó Trưởng ban", workplace: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn" },
  { position: "Phó Cục trưởng", workplace: "Cục Hải quan tỉnh Lạng Sơn" },
];

export interface LecturerDef {
  fullName: string;
  unitCode: string;
  gender: "MALE" | "FEMALE";
  birthYear: number;
  kind: LecturerKind;
  degree?: "BACHELOR" | "MASTER" | "DOCTOR";
  title?: "PGS";
  theoryLevel: "CAO_CAP" | "CU_NHAN" | "TRUNG_CAP";
  major?: string;
  username?: string;
}

export const LS_LECTURERS: LecturerDef[] = [
  { fullName: "Phạm Anh Tuấn", unitCode: "LS-TCT-XDD", gender: "MALE", birthYear: 1982, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Xây dựng Đảng và chính quyền nhà nước", username: "giangvien" },
  { fullName: "Nguyễn Thị Thanh Huyền", unitCode: "LS-TCT-XDD", gender: "FEMALE", birthYear: 1979, kind: "FULL_TIME", degree: "DOCTOR", theoryLevel: "CAO_CAP", major: "Xây dựng Đảng và chính quyền nhà nước" },
  { fullName: "Hoàng Văn Nam", unitCode: "LS-TCT-XDD", gender: "MALE", birthYear: 1986, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Lịch sử Đảng Cộng sản Việt Nam" },
  { fullName: "Lương Thị Mai", unitCode: "LS-TCT-XDD", gender: "FEMALE", birthYear: 1990, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CU_NHAN", major: "Chính trị học" },
  { fullName: "Hoàng Đức Long", unitCode: "LS-TCT-LLCS", gender: "MALE", birthYear: 1970, kind: "FULL_TIME", degree: "DOCTOR", title: "PGS", theoryLevel: "CAO_CAP", major: "Triết học" },
  { fullName: "Vi Thị Hạnh", unitCode: "LS-TCT-LLCS", gender: "FEMALE", birthYear: 1984, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Kinh tế chính trị" },
  { fullName: "Nông Văn Quý", unitCode: "LS-TCT-LLCS", gender: "MALE", birthYear: 1988, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Chủ nghĩa xã hội khoa học" },
  { fullName: "Chu Thị Thu Trang", unitCode: "LS-TCT-LLCS", gender: "FEMALE", birthYear: 1994, kind: "FULL_TIME", degree: "BACHELOR", theoryLevel: "CU_NHAN", major: "Triết học" },
  { fullName: "Đinh Công Thành", unitCode: "LS-TCT-NNPL", gender: "MALE", birthYear: 1977, kind: "FULL_TIME", degree: "DOCTOR", theoryLevel: "CAO_CAP", major: "Luật học" },
  { fullName: "Lộc Thị Phương", unitCode: "LS-TCT-NNPL", gender: "FEMALE", birthYear: 1985, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Quản lý công" },
  { fullName: "Hà Minh Đức", unitCode: "LS-TCT-NNPL", gender: "MALE", birthYear: 1989, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Luật hiến pháp và luật hành chính" },
  { fullName: "Triệu Văn Khoa", unitCode: "LS-TCT-NNPL", gender: "MALE", birthYear: 1975, kind: "COLLABORATOR", degree: "DOCTOR", theoryLevel: "CAO_CAP", major: "Quản lý hành chính công" },
  { fullName: "Lương Văn Hùng", unitCode: "LS-TT-CHILANG", gender: "MALE", birthYear: 1978, kind: "CONCURRENT", degree: "BACHELOR", theoryLevel: "CAO_CAP", major: "Xây dựng Đảng" },
  { fullName: "Nông Thị Bích", unitCode: "LS-TT-CHILANG", gender: "FEMALE", birthYear: 1987, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Chính trị học" },
  { fullName: "Vi Văn Thắng", unitCode: "LS-TT-CHILANG", gender: "MALE", birthYear: 1981, kind: "CONCURRENT", degree: "BACHELOR", theoryLevel: "CAO_CAP", major: "Kinh tế nông nghiệp" },
  { fullName: "Long Văn Nhân", unitCode: "LS-TT-CHILANG", gender: "MALE", birthYear: 1972, kind: "RAPPORTEUR", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Quản lý kinh tế" },
  { fullName: "Hoàng Văn Dũng", unitCode: "LS-TT-DINHLAP", gender: "MALE", birthYear: 1980, kind: "CONCURRENT", degree: "BACHELOR", theoryLevel: "CAO_CAP", major: "Xây dựng Đảng" },
  { fullName: "Lăng Thị Hiền", unitCode: "LS-TT-DINHLAP", gender: "FEMALE", birthYear: 1991, kind: "FULL_TIME", degree: "BACHELOR", theoryLevel: "CU_NHAN", major: "Giáo dục chính trị" },
  { fullName: "Hoàng Xuân Thuận", unitCode: "LS-TT-DINHLAP", gender: "MALE", birthYear: 1970, kind: "RAPPORTEUR", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Quản lý nhà nước" },
  { fullName: "Mã Văn Tiến", unitCode: "LS-TT-DINHLAP", gender: "MALE", birthYear: 1985, kind: "COLLABORATOR", degree: "BACHELOR", theoryLevel: "TRUNG_CAP", major: "Luật" },
  { fullName: "Trần Thị Ngọc Ánh", unitCode: "LS-TT-TPLANGSON", gender: "FEMALE", birthYear: 1983, kind: "FULL_TIME", degree: "MASTER", theoryLevel: "CAO_CAP", major: "Chính trị học" },
  { fullName: "Đàm Văn Lợi", unitCode: "LS-TT-HUULUNG", gender: "MALE", birthYear: 1979, kind: "CONCURRENT", degree: "BACHELOR", theoryLevel: "CAO_CAP", major: "Xây dựng Đảng" },
];

/** Two lecturers of each other cluster school (authors of their research outputs). */
export const OTHER_SCHOOL_LECTURERS: Record<string, Array<[name: string, gender: "MALE" | "FEMALE", degree: "MASTER" | "DOCTOR"]>> = {
  QN: [["Phạm Hữu Kiên", "MALE", "DOCTOR"], ["Đỗ Thị Thanh Hoa", "FEMALE", "MASTER"]],
  HG: [["Nguyễn Hoàng Hưng", "MALE", "MASTER"], ["Lò Thị Nguyệt", "FEMALE", "MASTER"]],
  DB: [["Lò Văn Pánh", "MALE", "MASTER"], ["Quàng Thị Hoa", "FEMALE", "MASTER"]],
  CB: [["Bế Văn Tuấn", "MALE", "DOCTOR"], ["Nông Thị Thúy", "FEMALE", "MASTER"]],
  LC: [["Tao Văn Hải", "MALE", "MASTER"], ["Giàng Thị Dung", "FEMALE", "MASTER"]],
  LCA: [["Vàng Văn Sính", "MALE", "DOCTOR"], ["Hoàng Thị Lan Anh", "FEMALE", "MASTER"]],
  SL: [["Cầm Văn Chung", "MALE", "DOCTOR"], ["Lường Thị Hương", "FEMALE", "MASTER"]],
};

// ───────────────────────────── Research titles ─────────────────────────────

export const RESEARCH_TITLES: Record<string, string[]> = {
  PROJECT: [
    "Nâng cao chất lượng đào tạo trung cấp lý luận chính trị – hành chính cho cán bộ người dân tộc thiểu số",
    "Giải pháp nâng cao hiệu quả hoạt động của trung tâm chính trị cấp huyện",
    "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của người học",
    "Nâng cao năng lực lãnh đạo của chi bộ thôn, bản vùng biên giới",
    "Xây dựng đội ngũ báo cáo viên cơ sở đáp ứng yêu cầu nhiệm vụ trong tình hình mới",
    "Ứng dụng chuyển đổi số trong quản lý đào tạo, bồi dưỡng cán bộ",
    "Phát triển kinh tế cửa khẩu gắn với bảo đảm quốc phòng, an ninh vùng biên giới",
    "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng ở địa phương",
    "Nâng cao chất lượng sinh hoạt chi bộ ở các xã đặc biệt khó khăn",
    "Công tác phát triển đảng viên trong đồng bào dân tộc thiểu số",
  ],
  SCHEME: [
    "Đề án nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở giai đoạn 2024–2030",
    "Đề án xây dựng trường chính trị đạt chuẩn mức 1",
    "Đề án chuyển đổi số trong hoạt động của nhà trường",
  ],
  CONFERENCE: [
    "Hội thảo khoa học: Nâng cao chất lượng giảng dạy lý luận chính trị trong tình hình mới",
    "Hội thảo khoa học: Vai trò của trường chính trị trong bảo vệ nền tảng tư tưởng của Đảng",
    "Hội thảo khoa học: Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ – giá trị lý luận và thực tiễn",
    "Hội thảo khoa học: Phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số",
  ],
  SEMINAR: [
    "Tọa đàm: Xây dựng văn hóa trường Đảng ở trường chính trị",
    "Tọa đàm: Thực hiện tự chủ tài chính tại các trường chính trị – thực trạng và kiến nghị",
    "Tọa đàm: Đổi mới công tác quản lý học viên các lớp không tập trung",
  ],
  PROCEEDINGS: ["Kỷ yếu hội thảo khoa học cấp trường", "Kỷ yếu kết quả nghiên cứu khoa học của giảng viên"],
  BULLETIN_ISSUE: ["Thông tin lý luận và thực tiễn"],
  MONOGRAPH: [
    "Công tác đào tạo, bồi dưỡng cán bộ cơ sở vùng biên giới – lý luận và thực tiễn",
    "Lịch sử Trường Chính trị tỉnh (1949–2024)",
  ],
  JOURNAL_ARTICLE: [
    "Nâng cao chất lượng đội ngũ giảng viên trường chính trị cấp tỉnh",
    "Giải pháp nâng cao chất lượng bồi dưỡng đảng viên mới ở cơ sở",
    "Đổi mới đánh giá kết quả học tập của học viên trung cấp lý luận chính trị",
    "Vận dụng tư tưởng Hồ Chí Minh về dân vận trong công tác ở vùng đồng bào dân tộc",
    "Trung tâm chính trị cấp huyện trong hệ thống đào tạo, bồi dưỡng cán bộ",
  ],
  ESSAY_CONTEST_ENTRY: [
    "Kiên định nền tảng tư tưởng của Đảng – phản bác luận điệu phủ nhận chủ nghĩa Mác – Lênin",
    "Đấu tranh với các quan điểm sai trái về quyền con người ở vùng biên giới",
    "Bảo vệ nền tảng tư tưởng của Đảng từ những lớp học ở cơ sở",
  ],
};

// ───────────────────────────── Inspection (seed 001) ─────────────────────────────

export const INSPECTION_2022 = {
  code: "84-KH/ĐKT",
  title: "Kiểm tra công tác đào tạo, bồi dưỡng Trung tâm Chính trị huyện Đình Lập, Chi Lăng năm 2022",
  issuedAt: "2022-11-03",
  startDate: "2022-11-24",
  endDate: "2022-11-25",
  content:
    "Kiểm tra kết quả thực hiện nhiệm vụ của Trung tâm Chính trị huyện Đình Lập, Chi Lăng sau một năm tái thành lập theo Đề án số 04-ĐA/TU, ngày 02/12/2021 của Tỉnh ủy Lạng Sơn; việc triển khai Quyết định số 883-QĐ/TW, ngày 24/11/2021 của Ban Tuyên giáo Trung ương; công tác tham mưu thực hiện nhiệm vụ đào tạo, bồi dưỡng từ đầu năm đến nay.",
  team: [
    { name: "Nguyễn Trọng Sơn", position: "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", role: "HEAD" as const },
    { name: "Dương Thị Hồng Vân", position: "Phó Hiệu trưởng Trường Chính trị Hoàng Văn Thụ", role: "DEPUTY" as const, username: "bgh" },
    { name: "Vũ Thị Thanh Hà", position: "Trưởng phòng Lý luận chính trị và Lịch sử Đảng, Ban Tuyên giáo Tỉnh ủy", role: "MEMBER" as const },
    { name: "Hoàng Thị Thu Hà", position: "Lãnh đạo Phòng Quản lý đào tạo và Nghiên cứu khoa học, Trường Chính trị Hoàng Văn Thụ", role: "MEMBER" as const, username: "daotao" },
    { name: "Trần Thị Huyền", position: "Chuyên viên Ban Tuyên giáo Tỉnh ủy", role: "SECRETARY" as const, username: "bantuyengiao" },
  ],
  reviewed:
    "Nghe báo cáo kết quả thực hiện nhiệm vụ của trung tâm sau một năm tái thành lập; hồ sơ kế hoạch mở lớp, chương trình, lịch giảng, sổ quản lý học viên, hồ sơ thi, kiểm tra và cấp giấy chứng nhận năm 2022; việc thực hiện chế độ, chính sách đối với giám đốc, phó giám đốc, giảng viên chuyên trách, giảng viên kiêm chức.",
  findings:
    "Các chỉ tiêu giao mở lớp, quản lý học viên được thực hiện theo quyết định của Ban Thường vụ Tỉnh ủy; kế hoạch năm 2022 cơ bản đã hoàn thành. Huyện đã xây dựng Đề án tái thành lập trung tâm chính trị, sắp xếp bộ máy, cơ sở vật chất, bố trí chế độ chính sách cho giảng viên, học viên theo quy định; tuy nhiên chưa sắp xếp đủ biên chế cho trung tâm, một số chế độ đang nghiên cứu thực hiện.",
  strengths:
    "Chủ động xây dựng kế hoạch, mở các lớp đào tạo, bồi dưỡng theo quy định. Nội dung chương trình thực hiện nghiêm túc theo hướng dẫn của Ban Tuyên giáo Trung ương, phù hợp với đối tượng học viên; kiến thức trọng tâm, gắn lý thuyết với tình hình thực tế; tổ chức kiểm tra, thi tốt nghiệp, cấp bằng, giấy chứng nhận đúng quy định; đội ngũ giảng viên kiêm chức nhiệt tình, trách nhiệm, chủ động đổi mới phương pháp giảng dạy.",
  shortcomings:
    "Chưa sắp xếp đủ biên chế cho trung tâm; một số chế độ, chính sách đối với giảng viên, học viên chưa được thực hiện; cán bộ, giảng viên ít tham gia tổng kết thực tiễn, nghiên cứu khoa học.",
  conclusion:
    "Đề nghị trung tâm tiếp tục chủ động tham mưu đào tạo, bồi dưỡng lý luận chính trị, gắn với thực hiện Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị 05-CT/TW; Thường trực huyện ủy quan tâm từng bước xây dựng trung tâm chính trị bảo đảm thực hiện chức năng, nhiệm vụ theo hướng dẫn của Ban Tuyên giáo Trung ương.",
};

// ───────────────────────────── Small helpers shared by the seed and the generator ─────────────────────────────

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** A UTC date from "YYYY-MM-DD". */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A UTC date-time from "YYYY-MM-DD" and an hour. */
export function at(iso: string, hour = 8, minute = 0): Date {
  return new Date(`${iso}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A deterministic PRNG (mulberry32) with the few draws the seed needs. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** A stable id in cuid format (c + 24 base-36 characters) derived from a natural key. */
export function stableId(...parts: Array<string | number>): string {
  const hex = crypto.createHash("sha256").update(parts.join("|")).digest("hex");
  return "c" + BigInt("0x" + hex.slice(0, 32)).toString(36).padStart(25, "0").slice(-24);
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random-looking, deterministic certificate verification code of 12 characters. */
export function verificationCode(...parts: Array<string | number>): string {
  const bytes = crypto.createHash("sha256").update(["verify", ...parts].join("|")).digest();
  let code = "";
  for (let i = 0; i < 12; i++) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A plausible score on the 10-point scale (quarter points), around a learner's ability. */
export function drawScore(rng: Rng, ability: number): number {
  const raw = rng.normal(ability, 0.7);
  return Math.min(10, Math.max(0, Math.round(raw * 4) / 4));
}

// The result rule mirrors lib/domain/results.ts (the application's): counted subjects are those with weight > 0; the
// final score is their weighted mean with an absent or missing score as 0, rounded half-up to 2 decimals in integer
// hundredths; a learner passes only with a score in every counted subject and a final score reaching the pass mark.

function hundredths(value: number): number {
  return Math.round(value * 100);
}

/** The weighted mean of counted subjects (weight > 0); an absent or missing score counts as 0. */
export function finalScore(items: Array<{ weight: number; score: number | null }>): number {
  let weighted = 0;
  let weights = 0;
  for (const item of items) {
    const w = hundredths(item.weight);
    if (w <= 0) continue;
    weights += w;
    if (item.score !== null) weighted += w * hundredths(item.score);
  }
  return weights > 0 ? Math.floor((2 * weighted + weights) / (2 * weights)) / 100 : 0;
}

/** Classification of a final score under a rule version's thresholds; below the pass mark is KHONG_DAT. */
export function classify(
  score: number,
  thresholds: ReadonlyArray<{ classification: Classification; minScore: number }> = CLASSIFICATION_THRESHOLDS,
  passMark = PASS_MARK,
): Classification {
  if (hundredths(score) < hundredths(passMark)) return "KHONG_DAT";
  const sorted = [...thresholds].sort((a, b) => b.minScore - a.minScore);
  for (const t of sorted) if (hundredths(score) >= hundredths(t.minScore)) return t.classification;
  return "KHONG_DAT";
}

/** The result of one learner: final score, classification, passed (a missing counted score means KHONG_DAT). */
export function resultOf(items: Array<{ weight: number; score: number | null }>): { finalScore: number; classification: Classification; passed: boolean } {
  const counted = items.filter((i) => hundredths(i.weight) > 0);
  const score = finalScore(counted);
  const classification = counted.length === 0 || counted.some((i) => i.score === null) ? "KHONG_DAT" : classify(score);
  return { finalScore: score, classification, passed: classification !== "KHONG_DAT" };
}
