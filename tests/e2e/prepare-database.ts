// Before the end-to-end server starts: migrate, seed the demo data, and add the accounts the tests need
// in a known state. Runs in its own process, then closes the database for the server to open.
import { hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";

export const LOCK_TEST_USERNAME = "e2e.khoa";

const db = openDatabase();
try {
  await applyMigrations(db);
  await seed(db.prisma);
  const center = await db.prisma.unit.findUniqueOrThrow({ where: { code: "LS-TT-CHILANG" } });
  const passwordHash = await hashPassword("Matkhau@2026");
  const state = { passwordHash, active: true, failedLoginCount: 0, lockedUntil: null, mustChangePassword: false };
  await db.prisma.user.upsert({
    where: { username: LOCK_TEST_USERNAME },
    create: { username: LOCK_TEST_USERNAME, fullName: "Tài khoản kiểm thử khóa", ...state, roles: { create: { role: "CENTER_STAFF", unitId: center.id } } },
    update: state,
  });
} finally {
  await db.close();
}
