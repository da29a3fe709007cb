import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Sessions are signed with AUTH_SECRET. A fresh install has none, so one is made once and kept beside the
// embedded database (git-ignored), which keeps sessions valid across restarts without a committed secret.
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
