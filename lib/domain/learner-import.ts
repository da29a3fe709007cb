import ExcelJS from "exceljs";
import type { z } from "zod";
import { foldDiacritics } from "@/lib/domain/vietnamese-name";
import { LearnerSchema, type LearnerInput } from "@/lib/validation/learners";

// Reading and checking a learners spreadsheet, with no database: the file's bytes → cells → one result per
// row, every error named by its column. The data layer then tells new from already registered learners.

export const IMPORT_COLUMNS = [
  "fullName",
  "citizenId",
  "birthDate",
  "gender",
  "ethnicity",
  "partyMembership",
  "position",
  "workplace",
  "education",
  "theoryLevel",
  "phone",
  "email",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The template's header row, in the order of IMPORT_COLUMNS. */
export const IMPORT_HEADERS: Record<ImportColumn, string> = {
  fullName: "Họ và tên",
  citizenId: "Số CCCD",
  birthDate: "Ngày sinh (dd/mm/yyyy)",
  gender: "Giới tính (Nam/Nữ)",
  ethnicity: "Dân tộc",
  partyMembership: "Đảng viên (Không/Dự bị/Chính thức)",
  position: "Chức vụ",
  workplace: "Đơn vị công tác",
  education: "Trình độ chuyên môn",
  theoryLevel: "Trình độ LLCT",
  phone: "Điện thoại",
  email: "Email",
};

/** Larger files are refused before reading: server actions carry at most 1 MB (Next.js default). */
export const MAX_IMPORT_BYTES = 900_000;
export const MAX_IMPORT_ROWS = 2_000;

export type Cell = string | number | boolean | Date | null;

export type ImportErrorKey =
  | "enrolment.import.errors.required"
  | "enrolment.import.errors.citizenId"
  | "enrolment.import.errors.duplicateInFile"
  | "enrolment.import.errors.date"
  | "enrolment.import.errors.birthDateRange"
  | "enrolment.import.errors.gender"
  | "enrolment.import.errors.partyMembership"
  | "enrolment.import.errors.education"
  | "enrolment.import.errors.theoryLevel"
  | "enrolment.import.errors.phone"
  | "enrolment.import.errors.email"
  | "enrolment.import.errors.tooLong"
  | "enrolment.import.errors.fullName"
  | "enrolment.import.errors.invalid";

export type FileErrorKey =
  | "enrolment.import.fileErrors.type"
  | "enrolment.import.fileErrors.tooLarge"
  | "enrolment.import.fileErrors.unreadable"
  | "enrolment.import.fileErrors.header"
  | "enrolment.import.fileErrors.empty"
  | "enrolment.import.fileErrors.tooManyRows";

export interface RowError {
  column: ImportColumn;
  key: ImportErrorKey;
  params?: Record<string, string | number>;
}

export interface CheckedRow {
  /** The row's number in the spreadsheet (the header is row 1). */
  line: number;
  /** What the row says, as text, to show it back. */
  values: Record<ImportColumn, string>;
  errors: RowError[];
  /** The learner to register, when the row has no error. */
  input: LearnerInput | null;
}

// ───────────────────────────── Cells ─────────────────────────────

/** Excel counts days from 1899-12-30 (with its 1900 leap-year bug already folded into that origin). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A date cell as yyyy-mm-dd, or null when it is not a real day: Excel dates (exceljs gives them as UTC
 * Dates), serial numbers, and text as dd/mm/yyyy (also d/m/yyyy, with - or .) or yyyy-mm-dd.
 */
export function parseDateCell(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDay(cell);
  if (typeof cell === "number") {
    const date = excelSerialToDate(cell);
    return date ? isoDay(date) : null;
  }
  const text = cellText(cell);
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (/^\d{1,6}(\.\d+)?$/.test(text)) return parseDateCell(Number(text));
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoDay(date) : null;
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDay(cell).split("-").reverse().join("/");
  return String(cell).normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Lower case, no diacritics, single spaces: how a typed choice is compared. */
const fold = (text: string) => foldDiacritics(text.normalize("NFC").toLowerCase()).replace(/\s+/g, " ").trim();

function choice<T extends string>(text: string, table: Record<string, T>): T | undefined {
  return table[fold(text)];
}

const GENDER: Record<string, "MALE" | "FEMALE"> = { nam: "MALE", nu: "FEMALE", male: "MALE", female: "FEMALE" };
const PARTY: Record<string, "NONE" | "PROBATIONARY" | "OFFICIAL"> = {
  "": "NONE",
  khong: "NONE",
  "chua": "NONE",
  "du bi": "PROBATIONARY",
  "dang vien du bi": "PROBATIONARY",
  "chinh thuc": "OFFICIAL",
  "dang vien chinh thuc": "OFFICIAL",
};
const EDUCATION: Record<string, LearnerInput["education"] & string> = {
  thpt: "UPPER_SECONDARY",
  "trung hoc pho thong": "UPPER_SECONDARY",
  "12/12": "UPPER_SECONDARY",
  "trung cap": "VOCATIONAL",
  "cao dang": "COLLEGE",
  "dai hoc": "BACHELOR",
  "cu nhan": "BACHELOR",
  "ky su": "BACHELOR",
  "thac si": "MASTER",
  "tien si": "DOCTOR",
};
const THEORY: Record<string, LearnerInput["theoryLevel"]> = {
  "": "NONE",
  khong: "NONE",
  "chua co": "NONE",
  "so cap": "SO_CAP",
  "trung cap": "TRUNG_CAP",
  "cao cap": "CAO_CAP",
  "cu nhan": "CU_NHAN",
};

// ───────────────────────────── Files ─────────────────────────────

/** Splits CSV text (UTF-8, with or without BOM) on commas or semicolons, whichever the header uses. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

type ExcelValue = ExcelJS.CellValue;

function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return excelCell(value.result as ExcelValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return null;
  }
  return null;
}

/** The cells of the first sheet of an .xlsx file, or of a .csv file; a file-level error otherwise. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<{ cells: Cell[][] } | { error: FileErrorKey }> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { error: "enrolment.import.fileErrors.tooLarge" };
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) {
    try {
      return { cells: parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
    } catch {
      return { error: "enrolment.import.fileErrors.unreadable" };
    }
  }
  if (!name.endsWith(".xlsx")) return { error: "enrolment.import.fileErrors.type" };
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { error: "enrolment.import.fileErrors.empty" };
    const cells: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: Cell[] = [];
      for (let c = 1; c <= IMPORT_COLUMNS.length; c += 1) values.push(excelCell(row.getCell(c).value));
      cells[rowNumber - 1] = values;
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= [];
    return { cells };
  } catch {
    return { error: "enrolment.import.fileErrors.unreadable" };
  }
}

// ───────────────────────────── Rows ─────────────────────────────

const SCHEMA_ERRORS: Record<string, ImportErrorKey> = {
  "validation.required": "enrolment.import.errors.required",
  "validation.citizenId": "enrolment.import.errors.citizenId",
  "validation.date": "enrolment.import.errors.date",
  "training.validation.birthDatePast": "enrolment.import.errors.birthDateRange",
  "training.validation.birthDateRange": "enrolment.import.errors.birthDateRange",
  "training.validation.phone": "enrolment.import.errors.phone",
  "validation.email": "enrolment.import.errors.email",
  "validation.tooLong": "enrolment.import.errors.tooLong",
  "training.validation.fullName": "enrolment.import.errors.fullName",
};

function schemaErrors(error: z.ZodError, already: Set<ImportColumn>): RowError[] {
  const errors: RowError[] = [];
  for (const issue of error.issues) {
    const column = issue.path[0] as ImportColumn;
    if (!IMPORT_COLUMNS.includes(column) || already.has(column)) continue;
    already.add(column);
    errors.push({ column, key: SCHEMA_ERRORS[issue.message] ?? "enrolment.import.errors.invalid" });
  }
  return errors;
}

function checkRow(cells: Cell[], line: number): CheckedRow {
  const at = (column: ImportColumn) => cells[IMPORT_COLUMNS.indexOf(column)] ?? null;
  const values = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, cellText(at(column))])) as Record<ImportColumn, string>;
  const errors: RowError[] = [];
  const failed = new Set<ImportColumn>();
  const fail = (column: ImportColumn, key: ImportErrorKey) => {
    failed.add(column);
    errors.push({ column, key });
  };

  // A CCCD typed as a number loses nothing as long as it has 12 digits; one with a lost leading 0 is refused.
  const citizenId = values.citizenId.replace(/\s+/g, "");
  const birth = at("birthDate");
  const birthDate = values.birthDate === "" ? "" : parseDateCell(birth);
  if (birthDate === null) fail("birthDate", "enrolment.import.errors.date");
  const gender = choice(values.gender, GENDER);
  if (values.gender === "") fail("gender", "enrolment.import.errors.required");
  else if (!gender) fail("gender", "enrolment.import.errors.gender");
  const party = choice(values.partyMembership, PARTY);
  if (!party) fail("partyMembership", "enrolment.import.errors.partyMembership");
  const education = values.education === "" ? "" : choice(values.education, EDUCATION);
  if (education === undefined) fail("education", "enrolment.import.errors.education");
  const theory = choice(values.theoryLevel, THEORY);
  if (!theory) fail("theoryLevel", "enrolment.import.errors.theoryLevel");

  const parsed = LearnerSchema.safeParse({
    fullName: values.fullName,
    citizenId,
    birthDate: birthDate ?? "",
    gender: gender ?? "MALE",
    ethnicity: values.ethnicity || "Kinh",
    partyMembership: party ?? "NONE",
    education: education ?? "",
    theoryLevel: theory ?? "NONE",
    position: values.position,
    workplace: values.workplace,
    phone: values.phone,
    email: values.email,
  });
  if (!parsed.success) errors.push(...schemaErrors(parsed.error, failed));
  errors.sort((a, b) => IMPORT_COLUMNS.indexOf(a.column) - IMPORT_COLUMNS.indexOf(b.column));
  return { line, values: { ...values, citizenId }, errors, input: errors.length === 0 && parsed.success ? parsed.data : null };
}

const normalizedHeader = (text: string) => fold(text).replace(/\s*\(.*\)\s*$/, "");

/**
 * Checks every row of a file's cells against the template: the header must name the template's columns in
 * order; blank rows are skipped; every other row is returned with its errors (a CCCD seen on an earlier
 * row of the file is an error of the later one).
 */
export function checkImportRows(cells: Cell[][]): { rows: CheckedRow[] } | { error: FileErrorKey } {
  const header = (cells[0] ?? []).map((cell) => normalizedHeader(cellText(cell)));
  const expected = IMPORT_COLUMNS.map((column) => normalizedHeader(IMPORT_HEADERS[column]));
  if (expected.some((name, i) => header[i] !== name)) return { error: "enrolment.import.fileErrors.header" };
  const body = cells
    .map((row, index) => ({ row, line: index + 1 }))
    .slice(1)
    .filter(({ row }) => row.some((cell) => cellText(cell) !== ""));
  if (body.length === 0) return { error: "enrolment.import.fileErrors.empty" };
  if (body.length > MAX_IMPORT_ROWS) return { error: "enrolment.import.fileErrors.tooManyRows" };
  const firstLine = new Map<string, number>();
  const rows = body.map(({ row, line }) => {
    const checked = checkRow(row, line);
    const id = checked.values.citizenId;
    if (/^\d{12}$/.test(id)) {
      const first = firstLine.get(id);
      if (first === undefined) firstLine.set(id, line);
      else {
        checked.errors.unshift({ column: "citizenId", key: "enrolment.import.errors.duplicateInFile", params: { line: first } });
        checked.input = null;
      }
    }
    return checked;
  });
  return { rows };
}

/** The template: the header row (no sample row, which would be imported if left in), and text-formatted CCCD and date columns (no lost zeros). */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hoc vien");
  sheet.columns = IMPORT_COLUMNS.map((column) => ({ header: IMPORT_HEADERS[column], key: column, width: Math.max(14, IMPORT_HEADERS[column].length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).numFmt = "@";
  sheet.getColumn(3).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
