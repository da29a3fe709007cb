import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { useTestDatabase } from "@/tests/support/database";
import { NotFoundSignal, RedirectSignal, session } from "@/tests/support/request-stubs";
import type { MatrixEntry, MatrixExemption } from "./authz/types";
import { buildWorld, VIEWER_KEYS, type World } from "./authz/world";

// Server actions run here outside a Next.js request: tests/support/request-stubs.ts stands in for the session
// and Next's request-bound helpers. Everything below them is the real code.
vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("next/headers", () => import("@/tests/support/request-stubs").then((m) => m.headersModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));

const modules = import.meta.glob<{ entries?: MatrixEntry[]; exemptions?: MatrixExemption[] }>("./authz/*.matrix.ts", { eager: true });
const entries = Object.values(modules).flatMap((m) => m.entries ?? []);
const exemptions = Object.values(modules).flatMap((m) => m.exemptions ?? []);

/** Every exported function of the data layer and every exported server action, as "<file>#<name>". */
function exportedCallables(): string[] {
  const root = process.cwd();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/(^|-)actions\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(root, "app"));
  for (const name of fs.readdirSync(path.join(root, "lib", "data"))) {
    if (name.endsWith(".ts") && name !== "errors.ts") files.push(path.join(root, "lib", "data", name));
  }
  return files.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    const names = [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)|^export\s+const\s+(\w+)\s*=\s*(?:async|\(|cache\()/gm)].map((m) => m[1] ?? m[2]);
    return names.map((name) => `${path.relative(root, file)}#${name}`);
  });
}

const database = useTestDatabase();

async function digest(): Promise<string> {
  // Everything a refused call might have touched; sign-in events are not written by these calls.
  const tables = [
    "Unit", "UnitChange", "User", "RoleAssignment", "AuditLog", "Lecturer", "RuleVersion",
    "AnnualPlan", "PlanLine", "TrainingClass", "ClassStatusChange", "ClassSubjectAssignment", "TimetableSession",
    "Learner", "Enrolment", "AttendanceRecord", "GradeSheet", "Grade", "GradeCorrection", "GradeSheetLockEvent", "Result", "Certificate",
    "InspectionPlan", "InspectionTarget", "InspectionTeamMember", "InspectionVisit", "Recommendation", "RecommendationFollowUp",
    "ClusterReport", "ClusterReportSubmission", "ClusterReportFigure",
  ];
  const parts = await Promise.all(
    tables.map(async (table) => {
      const rows = await database.current.query<{ h: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${table}" t`);
      return `${table}:${rows[0]?.h ?? ""}`;
    }),
  );
  return parts.join(",");
}

async function outcome(entry: MatrixEntry, world: World, viewer: Viewer, fixture: unknown): Promise<"ok" | "denied"> {
  session.viewer = viewer;
  session.cookies.clear();
  const isAction = entry.name.startsWith("app/");
  try {
    const result = await entry.call(world, viewer, fixture);
    const succeeded = entry.succeeded ?? (isAction ? (r: unknown) => (r as { ok?: boolean } | undefined)?.ok === true : () => true);
    return succeeded(result, world) ? "ok" : "denied";
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof NotFoundSignal) return "denied";
    if (error instanceof RedirectSignal) return error.url.startsWith("/sign-in") ? "denied" : "ok";
    throw error;
  } finally {
    session.viewer = null;
  }
}

describe("authorization matrix", () => {
  it("has a row or an exemption for every server action and data function, and no row for what does not exist", () => {
    const callables = exportedCallables();
    const covered = new Set([...entries.map((e) => e.name), ...exemptions.map((e) => e.name)]);
    expect(callables.filter((name) => !covered.has(name)), "exports without a matrix row").toEqual([]);
    expect([...covered].filter((name) => !callables.includes(name)), "matrix rows naming no export").toEqual([]);
  });

  for (const entry of entries) {
    describe(entry.name, () => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld(database.current.prisma);
      });

      for (const key of VIEWER_KEYS) {
        const expected = entry.allowed.includes(key) ? "ok" : "denied";
        it(`${key}: ${expected === "ok" ? "allowed" : "refused"}`, async () => {
          const fixture = await entry.setup?.(world, world.viewers[key]);
          const before = entry.kind === "write" && expected === "denied" ? await digest() : null;
          expect(await outcome(entry, world, world.viewers[key], fixture)).toBe(expected);
          if (before !== null) expect(await digest(), "a refused write changed the database").toBe(before);
        });
      }
    });
  }
});
