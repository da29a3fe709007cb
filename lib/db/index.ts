import "server-only";
import { openDatabase, type Database } from "./connection";

// One connection per server process; kept on globalThis so that dev-mode reloads do not open PGlite twice.
const globalForDb = globalThis as unknown as { database?: Database };

export function getDatabase(): Database {
  globalForDb.database ??= openDatabase();
  return globalForDb.database;
}

export const db = new Proxy({} as Database["prisma"], {
  get(_target, property) {
    const prisma = getDatabase().prisma;
    const value = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});
