import type { Locale } from "./index";

// Dates are stored as UTC calendar days (@db.Date) or instants; both are shown in Vietnam's time zone.
const TIME_ZONE = "Asia/Ho_Chi_Minh";
const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE }).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], fractionDigits === undefined ? {} : {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(value);
}
