import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI is used only for `generate` and `migrate diff`; prisma/migrate.ts applies the migrations
// (docs/decisions/001-prisma-and-databases.md). Prisma 6.19 refuses a config whose schema lacks
// `url = env("DATABASE_URL")`, so a placeholder is set when none is given; the diff then runs on an
// in-memory PGlite, so writing a migration needs no database server.
const realUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    if (realUrl) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: realUrl });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const factory = new PrismaPGlite(new PGlite());
    const connect = factory.connect.bind(factory);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connect = async () => sendScriptsWhole(await connect());
    factory.connectToShadowDb = async () => sendScriptsWhole(await connectToShadowDb());
    return factory as never;
  },
});

type ScriptQuery = { sql: string; args: unknown[] };
type PgliteAdapter = { client: { exec(sql: string): Promise<unknown> }; executeRaw(q: ScriptQuery): Promise<number>; executeScript(s: string): Promise<void> };

// The schema engine sends a whole migration script through executeRaw, which PGlite refuses for more than
// one statement ("cannot insert multiple commands into a prepared statement"); its exec takes scripts.
function sendScriptsWhole<T>(connected: T): T {
  const adapter = connected as unknown as PgliteAdapter;
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.client.exec(query.sql);
    return 0;
  };
  adapter.executeScript = async (script) => {
    await adapter.client.exec(script);
  };
  return connected;
}
