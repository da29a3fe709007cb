import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";

// The embedded database on disk: what `npm start` uses when DATABASE_URL is not set.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-test-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("embedded database on disk", () => {
  it("applies the migrations once, records them as Prisma does, and keeps data across a restart", async () => {
    const first = openDatabase({ pgliteDir: path.join(folder, "data") });
    expect(await applyMigrations(first)).toEqual(readMigrations().map((m) => m.name));
    await first.prisma.emulationCluster.create({ data: { code: "CUM-TEST", name: "Cụm thi đua thử nghiệm" } });
    await first.close();

    const second = openDatabase({ pgliteDir: path.join(folder, "data") });
    expect(await applyMigrations(second)).toEqual([]);
    expect((await second.prisma.emulationCluster.findUniqueOrThrow({ where: { code: "CUM-TEST" } })).name).toBe("Cụm thi đua thử nghiệm");
    const recorded = await second.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    expect(recorded).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    await second.close();
  });

  it("refuses to run when an applied migration file was edited afterwards", async () => {
    const db = openDatabase({ pgliteDir: "memory://" });
    const migrations = readMigrations();
    await applyMigrations(db, migrations);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db, edited)).rejects.toThrow(/was changed after it was applied/);
    await db.close();
  });
});
