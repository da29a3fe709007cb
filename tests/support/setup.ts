import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error fails the test; a test that expects one calls `expectConsoleError()`.
let errors: unknown[][] = [];
let allowed = false;

export function expectConsoleError() {
  allowed = true;
}

beforeEach(() => {
  errors = [];
  allowed = false;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0 && !allowed) {
    throw new Error(`Unexpected console.error: ${errors.map((args) => args.map(String).join(" ")).join("\n")}`);
  }
});
