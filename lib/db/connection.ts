import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A database the app can talk to: the Prisma client plus raw access for migrations and bulk loads. */
export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  /** Runs a multi-statement SQL script. */
  execScript(sql: string): Promise<void>;
  /** Runs one parameterized statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL; without one the embedded PGlite is used. */
  url?: string;
  /** PostgreSQL schema to work in (tests give each worker its own). */
  schema?: string;
  /** PGlite data folder, or "memory://". */
  pgliteDir?: string;
}

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export function databaseOptionsFromEnv(): DatabaseOptions {
  return {
    url: process.env.DATABASE_URL || undefined,
    schema: process.env.DATABASE_SCHEMA || undefined,
    pgliteDir: process.env.PGLITE_DIR || DEFAULT_PGLITE_DIR,
  };
}

export function openDatabase(options: DatabaseOptions = databaseOptionsFromEnv()): Database {
  return options.url ? openPostgres(options.url, options.schema) : openPglite(options.pgliteDir ?? DEFAULT_PGLITE_DIR);
}

function openPostgres(url: string, schema?: string): Database {
  const searchPath = schema ? { options: `-c search_path="${schema}"` } : {};
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), ...searchPath });
  const adapter = new PrismaPg(pool, schema ? { schema } : undefined);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: "postgres",
    async execScript(sql) {
      await pool.query(sql);
    },
    async query(sql, params = []) {
      return (await pool.query(sql, params)).rows;
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

function openPglite(dir: string): Database {
  // PGlite does not create missing parent folders; only one process may open a folder at a time.
  if (!dir.startsWith("memory://")) fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  // The adapter's factory type differs slightly from the client's expected one (PLATFORM.md).
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) as never });
  return {
    prisma,
    kind: "pglite",
    async execScript(sql) {
      await client.exec(sql);
    },
    async query(sql, params = []) {
      return (await client.query(sql, params)).rows as never[];
    },
    async close() {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
