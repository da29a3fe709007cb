// After this many failed sign-ins in a row an account is locked for LOCK_MINUTES.
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
