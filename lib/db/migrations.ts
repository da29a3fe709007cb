import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "./connection";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies the committed Prisma migrations that are not yet applied, each in its own transaction, and records
 * them in Prisma's own `_prisma_migrations` table (same columns), so `prisma migrate status` agrees.
 * Returns the names applied.
 */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  await db.execScript(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    );`);
  const applied = await db.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  const names: string[] = [];
  for (const migration of migrations) {
    const checksum = done.get(migration.name);
    if (checksum) {
      if (checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.name} was changed after it was applied; write a new migration instead.`);
      }
      continue;
    }
    const id = crypto.randomUUID();
    await db.execScript(`BEGIN;\n${migration.sql}\n;
      INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES ('${id}', '${migration.checksum}', now(), '${migration.name.replace(/'/g, "''")}', 1);
      COMMIT;`);
    names.push(migration.name);
  }
  return names;
}
