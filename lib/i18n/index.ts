import type { LeafPaths, SameShape } from "./define";
import { common } from "./messages/common";
import { domain } from "./messages/domain";
import { validation } from "./messages/validation";
import { nav } from "./messages/nav";
import { auth } from "./messages/auth";
import { admin } from "./messages/admin";
import { home } from "./messages/home";
import { training } from "./messages/training";
import { verify } from "./messages/verify";
import { enrolment } from "./messages/enrolment";
import { inspections } from "./messages/inspections";
import { plans } from "./messages/plans";
import { cluster } from "./messages/cluster";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "locale";

const namespaces = { common, domain, validation, nav, auth, admin, home, verify, training, cluster, plans, inspections, enrolment };

export type Messages = { [K in keyof typeof namespaces]: (typeof namespaces)[K]["vi"] };
export type MessageKey = LeafPaths<Messages>;
export type MessageParams = Record<string, string | number>;
export type Translator = (key: MessageKey, params?: MessageParams) => string;

const byLocale = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.fromEntries(Object.entries(namespaces).map(([name, messages]) => [name, messages[locale]])),
  ]),
) as Record<Locale, SameShape<Messages>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function getMessages(locale: Locale): SameShape<Messages> {
  return byLocale[locale];
}

export function isMessageKey(value: string): value is MessageKey {
  return typeof lookup(byLocale[DEFAULT_LOCALE], value) === "string";
}

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

export function createTranslator(locale: Locale): Translator {
  const messages = byLocale[locale];
  return (key, params) => {
    const text = lookup(messages, key);
    if (typeof text !== "string") return key;
    return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : text;
  };
}
