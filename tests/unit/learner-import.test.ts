import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildImportTemplate, checkImportRows, excelSerialToDate, IMPORT_COLUMNS, IMPORT_HEADERS, parseCsv, parseDateCell, readImportFile, type Cell } from "@/lib/domain/learner-import";

const HEADER = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]);
const good = (overrides: Partial<Record<(typeof IMPORT_COLUMNS)[number], Cell>> = {}): Cell[] => {
  const row: Record<string, Cell> = {
    fullName: "Hoàng Văn Tùng",
    citizenId: "020087000123",
    birthDate: "02/09/1987",
    gender: "Nam",
    ethnicity: "Nùng",
    partyMembership: "Chính thức",
    position: "Phó Chủ tịch UBND xã",
    workplace: "UBND xã Quang Lang",
    education: "Đại học",
    theoryLevel: "Sơ cấp",
    phone: "0912345678",
    email: "",
    ...overrides,
  };
  return IMPORT_COLUMNS.map((c) => row[c]);
};

function check(rows: Cell[][]) {
  const result = checkImportRows([HEADER, ...rows]);
  if ("error" in result) throw new Error(result.error);
  return result.rows;
}

describe("dates", () => {
  it("reads Excel serial numbers (days since 1899-12-30)", () => {
    expect(excelSerialToDate(32022)?.toISOString().slice(0, 10)).toBe("1987-09-02");
    expect(parseDateCell(32022)).toBe("1987-09-02");
    expect(parseDateCell("32022")).toBe("1987-09-02");
    expect(parseDateCell(1)).toBe("1899-12-31");
  });
  it("reads Date cells and dd/mm/yyyy text, refusing days that do not exist", () => {
    expect(parseDateCell(new Date(Date.UTC(1987, 8, 2)))).toBe("1987-09-02");
    expect(parseDateCell("2/9/1987")).toBe("1987-09-02");
    expect(parseDateCell("02-09-1987")).toBe("1987-09-02");
    expect(parseDateCell("1987-09-02")).toBe("1987-09-02");
    expect(parseDateCell("30/02/1987")).toBeNull();
    expect(parseDateCell("09/1987")).toBeNull();
    expect(parseDateCell("ngày 2")).toBeNull();
  });
});

describe("CSV", () => {
  it("drops a UTF-8 BOM and splits on commas, with quoted fields", () => {
    expect(parseCsv('\uFEFFHọ và tên,Số CCCD\r\n"Nguyễn Văn A, con",020087000123\r\n')).toEqual([
      ["Họ và tên", "Số CCCD"],
      ["Nguyễn Văn A, con", "020087000123"],
    ]);
  });
  it("splits on semicolons when the header uses them", () => {
    expect(parseCsv("Họ và tên;Số CCCD;Ngày sinh\nLê Thị Hoa;020087000124;01/01/1990")).toEqual([
      ["Họ và tên", "Số CCCD", "Ngày sinh"],
      ["Lê Thị Hoa", "020087000124", "01/01/1990"],
    ]);
  });
  it("reads a .csv file with BOM and semicolons through readImportFile", async () => {
    const text = "\uFEFF" + [HEADER.join(";"), good().map((c) => String(c ?? "")).join(";")].join("\r\n");
    const read = await readImportFile(new TextEncoder().encode(text), "ds.csv");
    if ("error" in read) throw new Error(read.error);
    expect(check(read.cells.slice(1))[0]).toMatchObject({ errors: [], input: { fullName: "Hoàng Văn Tùng", citizenId: "020087000123" } });
  });
  it("refuses other file types and files that are not UTF-8", async () => {
    expect(await readImportFile(new Uint8Array([1, 2]), "ds.xls")).toEqual({ error: "enrolment.import.fileErrors.type" });
    expect(await readImportFile(new Uint8Array([0xff, 0xfe, 0x41]), "ds.csv")).toEqual({ error: "enrolment.import.fileErrors.unreadable" });
    expect(await readImportFile(new Uint8Array([1, 2, 3]), "ds.xlsx")).toEqual({ error: "enrolment.import.fileErrors.unreadable" });
  });
});

describe("rows", () => {
  it("turns a good row into a learner", () => {
    const [row] = check([good()]);
    expect(row.errors).toEqual([]);
    expect(row.line).toBe(2);
    expect(row.input).toMatchObject({ gender: "MALE", partyMembership: "OFFICIAL", education: "BACHELOR", theoryLevel: "SO_CAP", ethnicity: "Nùng" });
    expect(row.input?.birthDate.toISOString().slice(0, 10)).toBe("1987-09-02");
  });

  it("reports every error by column", () => {
    const [row] = check([good({ fullName: "", citizenId: "12345", birthDate: "31/02/1990", gender: "X", partyMembership: "Có", education: "Lớp 9", email: "khong-phai-email" })]);
    expect(row.input).toBeNull();
    expect(row.errors.map((e) => [e.column, e.key])).toEqual([
      ["fullName", "enrolment.import.errors.required"],
      ["citizenId", "enrolment.import.errors.citizenId"],
      ["birthDate", "enrolment.import.errors.date"],
      ["gender", "enrolment.import.errors.gender"],
      ["partyMembership", "enrolment.import.errors.partyMembership"],
      ["education", "enrolment.import.errors.education"],
      ["email", "enrolment.import.errors.email"],
    ]);
  });

  it("accepts choices without diacritics or in other cases, and blank optional cells", () => {
    const [row] = check([good({ gender: "nu", partyMembership: "du bi", education: "", theoryLevel: "", ethnicity: "" })]);
    expect(row.errors).toEqual([]);
    expect(row.input).toMatchObject({ gender: "FEMALE", partyMembership: "PROBATIONARY", education: null, theoryLevel: "NONE", ethnicity: "Kinh" });
  });

  it("marks a CCCD repeated in the file on the later row, naming the first", () => {
    const rows = check([good(), good({ fullName: "Lê Văn Bình" })]);
    expect(rows[0].errors).toEqual([]);
    expect(rows[1].errors).toEqual([{ column: "citizenId", key: "enrolment.import.errors.duplicateInFile", params: { line: 2 } }]);
    expect(rows[1].input).toBeNull();
  });

  it("skips blank rows and keeps spreadsheet line numbers", () => {
    const rows = check([good(), IMPORT_COLUMNS.map(() => ""), good({ citizenId: "020087000999" })]);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("refuses a file whose header is not the template's, or that has no rows", () => {
    expect(checkImportRows([["Tên", "CCCD"], good()])).toEqual({ error: "enrolment.import.fileErrors.header" });
    expect(checkImportRows([HEADER])).toEqual({ error: "enrolment.import.fileErrors.empty" });
  });
});

describe("xlsx", () => {
  it("builds a template whose header the checker accepts, and reads Excel dates and numbers back", async () => {
    const template = await buildImportTemplate();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    sheet.addRow(good({ birthDate: new Date(Date.UTC(1987, 8, 2)) }));
    sheet.addRow(good({ citizenId: 20087000555, birthDate: 32022, fullName: "Lê Thị Mơ" }));
    sheet.addRow(good({ citizenId: "020087000556", birthDate: 32022, fullName: "Vi Văn Tú" }));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readImportFile(bytes, "DS.XLSX");
    if ("error" in read) throw new Error(read.error);
    const rows = check(read.cells.slice(1));
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].input?.birthDate.toISOString().slice(0, 10)).toBe("1987-09-02");
    // A CCCD typed as a number loses its leading zero: reported, not guessed.
    expect(rows[1].errors.map((e) => e.column)).toEqual(["citizenId"]);
    expect(rows[2].errors).toEqual([]);
    expect(rows[2].input?.birthDate.toISOString().slice(0, 10)).toBe("1987-09-02");
  });
});
