import type { Viewer } from "@/lib/auth/viewer-types";
import type { ViewerKey, World } from "./world";

/**
 * One row of the authorization matrix: a server action or data function, who may call it on the world's
 * rows (everyone else must be refused: NotFoundError/ForbiddenError, an empty result, or a refusal state),
 * and how to call it.
 */
export interface MatrixEntry {
  /** "<file>#<export>", e.g. "lib/data/learners.ts#updateLearner" or "app/(app)/learners/actions.ts#createLearnerAction". */
  name: string;
  /** Reads change nothing; for writes the harness checks that a refused call left the database unchanged. */
  kind: "read" | "write";
  allowed: readonly ViewerKey[];
  /**
   * Makes the rows the call acts on (a plan in the state it needs, …) before the harness takes the database's
   * digest, so that a refused write is judged on what the call itself did. Its result is the call's `fixture`.
   */
  setup?(world: World, viewer: Viewer): Promise<any>; // each row shapes its own fixture
  call(world: World, viewer: Viewer, fixture: any): Promise<unknown>;
  /** For calls that return instead of throwing when refused: true when the result shows success. Default: resolved. */
  succeeded?(result: unknown, world: World): boolean;
}

/** An export that is not called by users and so has no row, with the reason. */
export interface MatrixExemption {
  name: string;
  reason: string;
}
