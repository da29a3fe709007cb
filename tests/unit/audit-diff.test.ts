import { describe, expect, it } from "vitest";
import { diffRecords, REDACTED } from "@/lib/domain/audit-diff";

describe("diffRecords", () => {
  it("lists only the changed fields, old → new, with dates as ISO text", () => {
    const before = { fullName: "Nguyễn Văn A", email: "a@x.vn", birthDate: new Date("1990-01-01T00:00:00Z"), updatedAt: new Date(1) };
    const after = { fullName: "Nguyễn Văn An", email: "a@x.vn", birthDate: new Date("1990-01-02T00:00:00Z"), updatedAt: new Date(2) };
    expect(diffRecords(before, after)).toEqual({
      fullName: { old: "Nguyễn Văn A", new: "Nguyễn Văn An" },
      birthDate: { old: "1990-01-01T00:00:00.000Z", new: "1990-01-02T00:00:00.000Z" },
    });
  });

  it("records every field of a created record, and never a password hash", () => {
    expect(diffRecords(null, { username: "bgh", passwordHash: "$2b$10$abc" })).toEqual({
      username: { old: null, new: "bgh" },
      passwordHash: { old: null, new: REDACTED },
    });
  });

  it("compares only the fields a partial `before` holds", () => {
    expect(diffRecords({ active: true }, { active: false, fullName: "X" })).toEqual({ active: { old: true, new: false } });
  });
});
