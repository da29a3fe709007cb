/** A message tree: nested objects whose leaves are strings with `{name}` placeholders. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** The same shape as T, with any strings: the English file must have every Vietnamese key. */
export type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineMessages<T extends MessageTree>(vi: T, en: SameShape<T>): { vi: T; en: SameShape<T> } {
  return { vi, en };
}

type Join<A extends string, B extends string> = `${A}.${B}`;

/** Every dotted path to a leaf of T: "auth.signIn.title". */
export type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, LeafPaths<T[K]>>;
}[keyof T & string];
