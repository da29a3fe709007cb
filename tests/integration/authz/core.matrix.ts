import { changePasswordAction } from "@/app/account/password/actions";
import { listAuditEntries, recordAudit } from "@/lib/data/audit";
import { changeOwnPassword } from "@/lib/data/auth";
import { getHomeSummary, type HomeSummary } from "@/lib/data/dashboard";
import { TEST_PASSWORD } from "@/tests/support/factories";
import type { MatrixEntry, MatrixExemption } from "./types";
import { VIEWER_KEYS } from "./world";
import { form } from "@/tests/support/request-stubs";

const everyone = VIEWER_KEYS;

export const entries: MatrixEntry[] = [
  {
    name: "lib/data/dashboard.ts#getHomeSummary",
    kind: "read",
    // Succeeds when the summary counts the world's class, which is held at center A for the school.
    allowed: ["leadership", "office", "lecturer", "centerA", "board"],
    call: (_world, viewer) => getHomeSummary(viewer),
    succeeded: (result) => Object.values((result as HomeSummary).classesByStatus).some((n) => (n ?? 0) > 0),
  },
  {
    name: "lib/data/audit.ts#listAuditEntries",
    kind: "read",
    allowed: ["admin", "leadership"],
    async call(world, viewer) {
      await world.prisma.$transaction((tx) =>
        recordAudit(tx, world.viewers.office, { entity: "TrainingClass", entityId: world.trainingClass.id, action: "UPDATE", before: { location: "A" }, after: { location: "B" } }),
      );
      return listAuditEntries(viewer, { entityId: world.trainingClass.id });
    },
    succeeded: (result) => (result as { total: number }).total > 0,
  },
  {
    name: "lib/data/auth.ts#changeOwnPassword",
    kind: "write",
    // Every signed-in user changes their own password, and only their own.
    allowed: everyone,
    call: (_world, viewer) => changeOwnPassword(viewer, TEST_PASSWORD, "MatKhauMoi2027"),
  },
  {
    name: "app/account/password/actions.ts#changePasswordAction",
    kind: "write",
    allowed: everyone,
    call: (_world, viewer) =>
      changePasswordAction({}, form({ currentPassword: TEST_PASSWORD, newPassword: `Khac${viewer.username}9`, confirmPassword: `Khac${viewer.username}9` })),
  },
];

export const exemptions: MatrixExemption[] = [
  { name: "lib/data/auth.ts#authenticate", reason: "The sign-in itself, before there is a viewer; tests/integration/auth.test.ts." },
  { name: "lib/data/auth.ts#loadViewer", reason: "Builds the viewer from the session; tests/integration/auth.test.ts." },
  { name: "lib/data/audit.ts#recordAudit", reason: "Called inside other writes' transactions, never by a user." },
  { name: "lib/data/certificates.ts#verifyCertificate", reason: "Public by design (anyone may verify a certificate by its code); returns only what the certificate shows. tests/integration/certificates.test.ts." },
  { name: "app/sign-in/actions.ts#signInAction", reason: "Before there is a viewer; end-to-end tests." },
  { name: "app/locale-actions.ts#setLocaleAction", reason: "Sets the caller's language cookie; touches no data." },
  { name: "app/(app)/actions.ts#signOutAction", reason: "Ends the caller's own session; touches no data." },
  { name: "app/(app)/actions.ts#switchRoleAction", reason: "Chooses among the caller's own assignments; tests/integration/auth.test.ts." },
];
