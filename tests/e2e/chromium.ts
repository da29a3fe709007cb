// Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's package, else one on PATH.
// Playwright's own browser download cannot work offline, so it is never used.
import fs from "node:fs";
import path from "node:path";

export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    ...(process.env.PATH ?? "").split(path.delimiter).flatMap((dir) => [path.join(dir, "chromium"), path.join(dir, "chromium-browser")]),
  ].filter((file): file is string => Boolean(file));
  return candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
