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
    return new PrismaPGlite(new PGlite()) as never;
  },
});
