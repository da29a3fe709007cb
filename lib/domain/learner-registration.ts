import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import type { LearnerInput } from "@/lib/validation/learners";

// What registering a learner writes, shared by the learner form and the bulk import (lib/data/learners.ts,
// lib/data/learner-import.ts).

/** A learner's columns from the validated form (or an imported row), with the name's sort key. */
export function learnerData(input: LearnerInput) {
  return {
    citizenId: input.citizenId,
    fullName: input.fullName,
    sortKey: nameSortKey(input.fullName),
    birthDate: input.birthDate,
    gender: input.gender,
    ethnicity: input.ethnicity,
    partyMembership: input.partyMembership,
    partyJoinDate: input.partyJoinDate,
    education: input.education,
    theoryLevel: input.theoryLevel,
    position: input.position,
    workplace: input.workplace,
    phone: input.phone,
    email: input.email,
  } satisfies Prisma.LearnerUncheckedUpdateInput;
}

/** The unit a viewer registers learners at: a center its own center, the school's staff the school. */
export function registeringUnit(viewer: Viewer): string | null {
  switch (viewer.role) {
    case "CENTER_STAFF":
      return viewer.unitId;
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return viewer.schoolId;
    default:
      return null;
  }
}
