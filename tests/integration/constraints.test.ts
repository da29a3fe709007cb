import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/database";

const database = useTestDatabase();

describe("database smoke", () => {
  it("has the migrated tables", async () => {
    const rows = await database.current.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Unit"`);
    expect(rows[0].count).toBe(0);
  });
});
