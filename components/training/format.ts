import type { Locale } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

/** A score the Vietnamese way, always with two decimals: 7.5 → "7,50". */
export function formatScore(score: number | null | undefined, locale: Locale): string {
  return score === null || score === undefined ? "" : formatNumber(score, locale, 2);
}

/** A search-params value as one string (Next gives arrays for repeated keys). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The search params as plain strings, for a zod schema. */
export function plainParams(params: SearchParams): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined && first !== "") plain[key] = first;
  }
  return plain;
}
