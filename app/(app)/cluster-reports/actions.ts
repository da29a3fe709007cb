"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { createClusterReport, saveClusterReport, saveClusterSubmission } from "@/lib/data/cluster-reports";
import { getTranslator } from "@/lib/i18n/server";
import { ClusterReportCreateSchema, ClusterReportTextsSchema, ClusterSubmissionSchema, clusterSubmissionFormInput } from "@/lib/validation/cluster-reports";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";

/** The head school opens a period's report, with one part per member school, then shows it. */
export async function createClusterReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const [clusterId = "", year = ""] = String(formData.get("clusterYear") ?? "").split("|");
  const parsed = ClusterReportCreateSchema.safeParse({ clusterId, year, period: formData.get("period") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let id: string;
  try {
    ({ id } = await createClusterReport(viewer, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath("/cluster-reports");
  redirect(`/cluster-reports/${id}`);
}

/** Saves a school's part (declared totals and texts); with intent=submit, also freezes it. */
export async function saveClusterSubmissionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClusterSubmissionSchema.safeParse(clusterSubmissionFormInput(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let saved: Awaited<ReturnType<typeof saveClusterSubmission>>;
  try {
    saved = await saveClusterSubmission(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/cluster-reports/${saved.reportId}`);
  revalidatePath(`/cluster-reports/${saved.reportId}/submissions/${saved.id}`);
  revalidatePath("/cluster-reports");
  if (saved.submitted) redirect(`/cluster-reports/${saved.reportId}/submissions/${saved.id}?done=submitted`);
  return { ok: true, message: t("cluster.submission.saved"), values: submittedValues(formData) };
}

/** Saves the head's narrative; with intent=submit, completes the report and freezes its snapshot. */
export async function saveClusterReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = ClusterReportTextsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let saved: Awaited<ReturnType<typeof saveClusterReport>>;
  try {
    saved = await saveClusterReport(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/cluster-reports/${saved.id}`);
  revalidatePath("/cluster-reports");
  if (saved.submitted) redirect(`/cluster-reports/${saved.id}?done=submitted`);
  return { ok: true, message: t("cluster.report.saved"), values: submittedValues(formData) };
}
