import crypto from "node:crypto";
import { createClusterReportAction, saveClusterReportAction, saveClusterSubmissionAction } from "@/app/(app)/cluster-reports/actions";
import { createClusterReport, getClusterReport, getClusterSubmission, listClusterReports, saveClusterReport, saveClusterSubmission } from "@/lib/data/cluster-reports";
import { ClusterSubmissionSchema } from "@/lib/validation/cluster-reports";
import type { MatrixEntry } from "./types";
import type { ViewerKey, World } from "./world";
import { form } from "@/tests/support/request-stubs";

// Emulation-cluster reports: the world's school heads a cluster of its own (the other province's school is not
// a member). Its leadership and training office read the report and write the school's part; only its
// leadership opens and composes the report. Centers, the board, lecturers, the administrator and the other
// province's school (reaching for the report and the part by id) are refused.
//
// Each row's `setup` makes the rows its call acts on (the cluster, the report, the school's part) before the
// harness takes the database's digest; `call` only invokes the function under test, building its input or
// FormData from that `fixture`. Writes get a fresh fixture per viewer, so no row cleans up after itself and a
// refused write is judged on what the call alone did. Reads share one fixture per world.

const schoolReaders: ViewerKey[] = ["leadership", "office"];
const composers: ViewerKey[] = ["leadership"];

/** A cluster headed by the world's school in 2026, with a draft half-year report and the school's draft part. */
async function draftReport(world: World) {
  const cluster = await world.prisma.emulationCluster.create({ data: { code: `CUM-${crypto.randomBytes(4).toString("hex")}`, name: "Cụm thi đua ma trận" } });
  await world.prisma.clusterMembership.create({ data: { clusterId: cluster.id, unitId: world.units.school.id, year: 2026, role: "HEAD" } });
  const report = await world.prisma.clusterReport.create({
    data: { clusterId: cluster.id, year: 2026, period: "HALF_YEAR", composerUnitId: world.units.school.id, title: "Báo cáo sơ kết 6 tháng đầu năm 2026" },
  });
  const submission = await world.prisma.clusterReportSubmission.create({ data: { reportId: report.id, unitId: world.units.school.id } });
  return { clusterId: cluster.id, reportId: report.id, submissionId: submission.id };
}

type Report = Awaited<ReturnType<typeof draftReport>>;

/** One shared fixture per world for the reads. */
const shared = new WeakMap<World, Promise<Report>>();
function sharedReport(world: World) {
  if (!shared.has(world)) shared.set(world, draftReport(world));
  return shared.get(world)!;
}

/** A cluster the world's school heads in 2026, with no report yet. */
async function headedCluster(world: World) {
  const cluster = await world.prisma.emulationCluster.create({ data: { code: `CUM-${crypto.randomBytes(4).toString("hex")}`, name: "Cụm thi đua mới" } });
  await world.prisma.clusterMembership.create({ data: { clusterId: cluster.id, unitId: world.units.school.id, year: 2026, role: "HEAD" } });
  return cluster.id;
}

const texts = { achievements: "Hoàn thành kế hoạch đào tạo, bồi dưỡng.", limitations: null, proposals: null, nextTasks: null };

export const entries: MatrixEntry[] = [
  {
    name: "lib/data/cluster-reports.ts#listClusterReports",
    kind: "read",
    allowed: schoolReaders,
    setup: (world) => sharedReport(world),
    call: async (_world, viewer, fixture: Report) => ({ list: await listClusterReports(viewer), fixture }),
    succeeded: (result) => {
      const { list, fixture } = result as { list: Awaited<ReturnType<typeof listClusterReports>>; fixture: Report };
      return list.reports.some((r) => r.id === fixture.reportId);
    },
  },
  {
    name: "lib/data/cluster-reports.ts#getClusterReport",
    kind: "read",
    allowed: schoolReaders,
    setup: (world) => sharedReport(world),
    call: async (_world, viewer, fixture: Report) => getClusterReport(viewer, fixture.reportId),
  },
  {
    name: "lib/data/cluster-reports.ts#getClusterSubmission",
    kind: "read",
    allowed: schoolReaders,
    setup: (world) => sharedReport(world),
    call: async (_world, viewer, fixture: Report) => getClusterSubmission(viewer, fixture.submissionId),
  },
  {
    name: "lib/data/cluster-reports.ts#createClusterReport",
    kind: "write",
    allowed: composers,
    setup: (world) => headedCluster(world),
    call: async (_world, viewer, clusterId: string) => createClusterReport(viewer, { clusterId, year: 2026, period: "ANNUAL" }),
  },
  {
    name: "lib/data/cluster-reports.ts#saveClusterSubmission",
    kind: "write",
    allowed: schoolReaders,
    setup: (world) => draftReport(world),
    call: async (_world, viewer, fixture: Report) =>
      saveClusterSubmission(viewer, ClusterSubmissionSchema.parse({ submissionId: fixture.submissionId, intent: "submit", declared: { classes: "3" }, achievements: "Kết quả" })),
  },
  {
    name: "lib/data/cluster-reports.ts#saveClusterReport",
    kind: "write",
    allowed: composers,
    setup: (world) => draftReport(world),
    call: async (_world, viewer, fixture: Report) => saveClusterReport(viewer, { reportId: fixture.reportId, intent: "submit", ...texts }),
  },
  {
    name: "app/(app)/cluster-reports/actions.ts#createClusterReportAction",
    kind: "write",
    allowed: composers,
    setup: (world) => headedCluster(world),
    call: async (_world, _viewer, clusterId: string) => createClusterReportAction({}, form({ clusterYear: `${clusterId}|2026`, period: "HALF_YEAR" })),
  },
  {
    name: "app/(app)/cluster-reports/actions.ts#saveClusterSubmissionAction",
    kind: "write",
    allowed: schoolReaders,
    setup: (world) => draftReport(world),
    call: async (_world, _viewer, fixture: Report) =>
      saveClusterSubmissionAction({}, form({ submissionId: fixture.submissionId, intent: "save", "declared.learners": "80", achievements: "Kết quả" })),
  },
  {
    name: "app/(app)/cluster-reports/actions.ts#saveClusterReportAction",
    kind: "write",
    allowed: composers,
    setup: (world) => draftReport(world),
    call: async (_world, _viewer, fixture: Report) => saveClusterReportAction({}, form({ reportId: fixture.reportId, intent: "save", achievements: "Kết quả của cụm" })),
  },
];
