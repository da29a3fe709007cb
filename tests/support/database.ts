import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";

/**
 * Gives the calling test file a fresh, migrated database and makes it the one `@/lib/db` uses:
 * an in-memory PGlite by default, or a new schema on the server named by DATABASE_URL.
 */
export function useTestDatabase(): { readonly current: Database } {
  const holder = { current: undefined as unknown as Database };
  const url = process.env.DATABASE_URL || undefined;
  const schema = url ? `test_${process.pid}_${crypto.randomBytes(4).toString("hex")}` : undefined;

  beforeAll(async () => {
    if (url) {
      const admin = openDatabase({ url });
      await admin.execScript(`CREATE SCHEMA "${schema}"`);
      await admin.close();
    }
    const database = openDatabase({ url, schema, pgliteDir: "memory://" });
    await applyMigrations(database);
    (globalThis as { database?: Database }).database = database;
    holder.current = database;
  });

  afterAll(async () => {
    await holder.current?.close();
    (globalThis as { database?: Database }).database = undefined;
    if (url) {
      const admin = openDatabase({ url });
      await admin.execScript(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.close();
    }
  });

  return holder;
}
