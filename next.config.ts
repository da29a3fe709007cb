import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets parallel end-to-end runs in one checkout build apart (tests/e2e, E2E_* variables).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads its WebAssembly and data files by path; bundling it breaks that (PLATFORM.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
