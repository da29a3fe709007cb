// Server actions run in integration tests outside a Next.js request. These stand in for Next's
// request-bound helpers and for the session; everything below them (validation, scoping, the data layer,
// the database) is the real code. Use in a test file:
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
// and likewise navigationModule, cacheModule, headersModule, i18nServerModule; then set `session.viewer`.
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTranslator } from "@/lib/i18n";

export const session = { viewer: null as Viewer | null, cookies: new Map<string, string>() };

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

export class NotFoundSignal extends Error {
  constructor() {
    super("not found");
  }
}

function signedIn(): Viewer {
  if (!session.viewer) throw new RedirectSignal("/sign-in");
  return session.viewer;
}

export const sessionModule = {
  ASSIGNMENT_COOKIE: "assignment",
  getViewer: async () => session.viewer,
  requireViewer: async () => signedIn(),
  requireActionViewer: async () => {
    const viewer = signedIn();
    if (viewer.mustChangePassword) throw new RedirectSignal("/account/password");
    return viewer;
  },
};

export const navigationModule = {
  redirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
  notFound: (): never => {
    throw new NotFoundSignal();
  },
};

export const cacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };

export const headersModule = {
  cookies: async () => ({
    get: (name: string) => (session.cookies.has(name) ? { name, value: session.cookies.get(name) } : undefined),
    set: (name: string, value: string) => session.cookies.set(name, value),
    delete: (name: string) => session.cookies.delete(name),
    has: (name: string) => session.cookies.has(name),
  }),
  headers: async () => new Headers(),
};

export const i18nServerModule = {
  getLocale: async () => "vi" as const,
  getTranslator: async () => createTranslator("vi"),
};

/** Runs `run` with `viewer` as the signed-in user. */
export async function as<T>(viewer: Viewer, run: () => Promise<T>): Promise<T> {
  session.viewer = viewer;
  try {
    return await run();
  } finally {
    session.viewer = null;
  }
}

/** A form submission with these text fields. */
export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}
