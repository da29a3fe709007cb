import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript (no install script, no native binary); cost 10 keeps a sign-in near 60 ms here.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
