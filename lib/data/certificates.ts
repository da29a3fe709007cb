import "server-only";
import { db } from "@/lib/db";

/** What the public verification page shows: enough to confirm a certificate, nothing more. */
export interface VerifiedCertificate {
  kind: "BANG" | "GIAY_CHUNG_NHAN";
  serialNumber: string;
  registerNumber: string;
  issuedAt: Date;
  issuedBy: string;
  learnerName: string;
  birthYear: number;
  programName: string;
  className: string;
  classification: string;
  revoked: boolean;
}

/** Looks a certificate up by its verification code, for anyone, signed in or not. */
export async function verifyCertificate(code: string): Promise<VerifiedCertificate | null> {
  const certificate = await db.certificate.findUnique({
    where: { verificationCode: code.trim().toUpperCase() },
    select: {
      kind: true, serialNumber: true, registerNumber: true, issuedAt: true, revokedAt: true,
      issuedBy: { select: { name: true } },
      result: {
        select: {
          classification: true,
          enrolment: {
            select: {
              learner: { select: { fullName: true, birthDate: true } },
              trainingClass: { select: { name: true, program: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!certificate) return null;
  const { learner, trainingClass } = certificate.result.enrolment;
  return {
    kind: certificate.kind,
    serialNumber: certificate.serialNumber,
    registerNumber: certificate.registerNumber,
    issuedAt: certificate.issuedAt,
    issuedBy: certificate.issuedBy.name,
    learnerName: learner.fullName,
    birthYear: learner.birthDate.getUTCFullYear(),
    programName: trainingClass.program.name,
    className: trainingClass.name,
    classification: certificate.result.classification,
    revoked: certificate.revokedAt !== null,
  };
}
