// Applies the committed migrations to the configured database (PGlite folder, or DATABASE_URL).
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";

const db = openDatabase();
try {
  const applied = await applyMigrations(db);
  console.log(applied.length ? `Đã áp dụng migration: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
} finally {
  await db.close();
}
