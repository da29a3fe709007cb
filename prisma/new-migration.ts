// Writes a new migration for the changes in prisma/schema.prisma since the last migration:
//   npm run db:new-migration -- add_unit_notes
// The diff runs against an in-memory PGlite (prisma.config.ts), so no database server is needed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng: npm run db:new-migration -- <ten_migration> (chữ thường, số, dấu gạch dưới)");
  process.exit(1);
}
const { DATABASE_URL: _ignored, ...env } = process.env;
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"] },
);
if (/^-- This is an empty migration\.\s*$/m.test(sql.trim())) {
  console.log("Không có thay đổi nào so với các migration hiện có.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Đã tạo ${path.join(dir, "migration.sql")}. Xem lại, rồi chạy npm run db:migrate.`);
