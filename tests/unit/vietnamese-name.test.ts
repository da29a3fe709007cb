import { describe, expect, it } from "vitest";
import { compareVietnameseNames, foldDiacritics, nameSortKey, splitName } from "@/lib/domain/vietnamese-name";

describe("Vietnamese name order", () => {
  it("sorts by given name first, then family name", () => {
    const names = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Hoàng Minh Cường"];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      "Lê Văn An",
      "Trần Thị An",
      "Nguyễn Văn Bình",
      "Hoàng Minh Cường",
    ]);
  });

  it("orders letters with diacritics after their base letter (a < ă < â, d < đ, o < ô < ơ)", () => {
    const names = ["Vũ Đức", "Vũ Dũng", "Lý Ân", "Lý Ăn", "Lý An", "Hà Ơn", "Hà Ôn", "Hà On"];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      "Lý An", "Lý Ăn", "Lý Ân", "Vũ Dũng", "Vũ Đức", "Hà On", "Hà Ôn", "Hà Ơn",
    ].sort(compareVietnameseNames));
    const given = [...names].sort(compareVietnameseNames).map((n) => splitName(n).given);
    expect(given).toEqual(["An", "Ăn", "Ân", "Dũng", "Đức", "On", "Ôn", "Ơn"]);
  });

  it("breaks ties by tone: none < huyền < hỏi < ngã < sắc < nặng", () => {
    const words = ["Má", "Mạ", "Ma", "Mã", "Mả", "Mà"].map((w) => `Lê ${w}`);
    expect([...words].sort(compareVietnameseNames).map((n) => splitName(n).given)).toEqual(["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]);
  });

  it("gives the same key to the composed and decomposed spellings", () => {
    expect(nameSortKey("Nguyễn Thị Hồng Vân")).toBe(nameSortKey("Nguyễn Thị Hồng Vân".normalize("NFD")));
  });

  it("folds diacritics for search", () => {
    expect(foldDiacritics("Nguyễn Văn Đức")).toBe("nguyen van duc");
  });
});
