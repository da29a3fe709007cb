import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { auditScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/permissions";
import { diffRecords } from "@/lib/domain/audit-diff";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;

export interface AuditEntryInput {
  entity: string;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
}

/** Records a write in the audit log. Call it inside the write's own transaction. */
export async function recordAudit(tx: Tx, viewer: Pick<Viewer, "userId" | "role" | "unitId"> | null, entry: AuditEntryInput) {
  const changes = diffRecords(
    (entry.before as Record<string, unknown> | null | undefined) ?? null,
    (entry.after as Record<string, unknown> | null | undefined) ?? null,
  );
  await tx.auditLog.create({
    data: {
      userId: viewer?.userId ?? null,
      role: viewer?.role ?? null,
      unitId: viewer?.unitId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: changes as Prisma.InputJsonValue,
    },
  });
}

export interface AuditFilter {
  userId?: string;
  entity?: string;
  entityId?: string;
  from?: Date;
  /** Inclusive: the whole day. */
  to?: Date;
  page?: number;
  pageSize?: number;
}

export async function listAuditEntries(viewer: Viewer, filter: AuditFilter = {}) {
  requirePermission(viewer, "audit.read");
  const pageSize = Math.min(filter.pageSize ?? 50, 200);
  const page = Math.max(filter.page ?? 1, 1);
  const to = filter.to ? new Date(filter.to.getTime() + 24 * 3600 * 1000) : undefined;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      auditScope(viewer),
      filter.userId ? { userId: filter.userId } : {},
      filter.entity ? { entity: filter.entity } : {},
      filter.entityId ? { entityId: filter.entityId } : {},
      filter.from || to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(to ? { lt: to } : {}) } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, at: true, entity: true, entityId: true, action: true, changes: true, role: true, user: { select: { username: true, fullName: true } } },
    }),
  ]);
  return { total, page, pageSize, rows: rows.map((row) => ({ ...row, id: row.id.toString() })) };
}
