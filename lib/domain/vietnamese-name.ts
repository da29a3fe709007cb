// Vietnamese names are written family – middle – given ("Nguyễn Thị Hồng Vân") but sorted by the given
// name first, then the family and middle names, and letters are ordered with their diacritics
// (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones: none < huyền < hỏi < ngã < sắc < nặng).

const BASE_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]; // huyền, hỏi, ngã, sắc, nặng
const LETTER_MARKS: Record<string, string> = { "a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư" };

/** Splits a letter into its base (with vowel marks) and tone index. */
function decompose(ch: string): { base: string; tone: number } {
  const nfd = ch.normalize("NFD");
  let tone = 0;
  let rest = "";
  for (const part of nfd) {
    const t = TONES.indexOf(part);
    if (t > 0) tone = t;
    else rest += part;
  }
  const base = LETTER_MARKS[rest] ?? rest.normalize("NFC");
  return { base, tone };
}

/** A key that sorts one word the Vietnamese way under plain byte-wise comparison. */
function wordKey(word: string): string {
  let letters = "";
  let tones = "";
  for (const ch of word.normalize("NFC").toLowerCase()) {
    const { base, tone } = decompose(ch);
    const index = BASE_ORDER.indexOf(base);
    letters += index >= 0 ? String.fromCharCode(0x41 + index) : base;
    tones += String(tone);
  }
  // Letters decide first; tones only break ties between words with the same letters. "!" sorts below every
  // letter code, so a word sorts before its own extensions ("An" < "Anh").
  return `${letters}!${tones}`;
}

export function splitName(fullName: string): { family: string; middle: string; given: string } {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { family: "", middle: "", given: "" };
  if (parts.length === 1) return { family: "", middle: "", given: parts[0] };
  return { family: parts[0], middle: parts.slice(1, -1).join(" "), given: parts[parts.length - 1] };
}

/** The sort key of a full name: given name, then family name, then middle names. */
export function nameSortKey(fullName: string): string {
  const { family, middle, given } = splitName(fullName);
  return [given, family, ...middle.split(" ")].filter(Boolean).map(wordKey).join(" ");
}

export function compareVietnameseNames(a: string, b: string): number {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Folds diacritics for search: "Nguyễn Văn Đức" → "nguyen van duc". */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
