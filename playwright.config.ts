import { defineConfig } from "@playwright/test";
import { findChromium } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The app under test runs on its own embedded database folder (or on DATABASE_URL when set), migrated,
// seeded and given the end-to-end fixtures before the server starts: only one process may open PGlite.
const E2E_PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `rm -rf ${E2E_PGLITE_DIR} && tsx tests/e2e/prepare-database.ts && next build && next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PGLITE_DIR: E2E_PGLITE_DIR, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "e2e-only-secret-not-for-production-use-000" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
