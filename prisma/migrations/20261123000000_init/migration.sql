
-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('ACADEMY', 'PROVINCE', 'BOARD', 'SCHOOL', 'FACULTY', 'OFFICE', 'CENTER');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('ACTIVE', 'MERGED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "CenterLevel" AS ENUM ('DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "UnitChangeKind" AS ENUM ('CREATED', 'RENAMED', 'MOVED', 'MERGED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "ClusterRole" AS ENUM ('HEAD', 'STANDING_DEPUTY', 'DEPUTY', 'MEMBER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SCHOOL_LEADERSHIP', 'TRAINING_OFFICE', 'LECTURER', 'CENTER_STAFF', 'PROVINCIAL_BOARD', 'ADMIN');

-- CreateEnum
CREATE TYPE "ProgramCategory" AS ENUM ('DAO_TAO', 'BOI_DUONG');

-- CreateEnum
CREATE TYPE "StudyMode" AS ENUM ('CONCENTRATED', 'NON_CONCENTRATED');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('EXAM', 'ESSAY', 'REFLECTION', 'GRADUATION_EXAM', 'FIELD_STUDY', 'NONE');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PlanLineOutcome" AS ENUM ('PENDING', 'DONE', 'PARTIAL', 'CARRIED_OVER', 'NOT_CARRIED_OUT');

-- CreateEnum
CREATE TYPE "ClassStatus" AS ENUM ('PLANNED', 'APPROVED', 'ENROLLING', 'IN_PROGRESS', 'FINISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SessionPart" AS ENUM ('MORNING', 'AFTERNOON', 'EVENING');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "PartyMembership" AS ENUM ('NONE', 'PROBATIONARY', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR');

-- CreateEnum
CREATE TYPE "TheoryLevel" AS ENUM ('NONE', 'SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'WITHDRAWN', 'COMPLETED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LATE', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED');

-- CreateEnum
CREATE TYPE "DisciplineKind" AS ENUM ('REMINDER', 'WARNING', 'SERIOUS_WARNING', 'DISMISSAL');

-- CreateEnum
CREATE TYPE "GradeSheetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'FINALIZED');

-- CreateEnum
CREATE TYPE "LockAction" AS ENUM ('FINALIZE', 'UNLOCK');

-- CreateEnum
CREATE TYPE "Classification" AS ENUM ('XUAT_SAC', 'GIOI', 'KHA', 'TRUNG_BINH_KHA', 'TRUNG_BINH', 'KHONG_DAT');

-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('BANG', 'GIAY_CHUNG_NHAN');

-- CreateEnum
CREATE TYPE "LecturerKind" AS ENUM ('FULL_TIME', 'CONCURRENT', 'RAPPORTEUR', 'COLLABORATOR');

-- CreateEnum
CREATE TYPE "Degree" AS ENUM ('BACHELOR', 'MASTER', 'DOCTOR');

-- CreateEnum
CREATE TYPE "AcademicTitle" AS ENUM ('PGS', 'GS');

-- CreateEnum
CREATE TYPE "LecturerActivityKind" AS ENUM ('DEMO_LESSON_FACULTY', 'DEMO_LESSON_SCHOOL', 'OBSERVED_LESSON', 'FIELD_RESEARCH', 'SENT_FOR_TRAINING', 'REFRESHER_COURSE', 'EXCELLENT_TEACHER');

-- CreateEnum
CREATE TYPE "TrainingTarget" AS ENUM ('TIEN_SI', 'THAC_SI', 'CAO_CAP_LLCT', 'TRUNG_CAP_LLCT', 'OTHER');

-- CreateEnum
CREATE TYPE "ResearchKind" AS ENUM ('PROJECT', 'SCHEME', 'CONFERENCE', 'SEMINAR', 'PROCEEDINGS', 'BULLETIN_ISSUE', 'MONOGRAPH', 'JOURNAL_ARTICLE', 'ESSAY_CONTEST_ENTRY');

-- CreateEnum
CREATE TYPE "ResearchLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'CLUSTER', 'SCHOOL', 'FACULTY');

-- CreateEnum
CREATE TYPE "ResearchStatus" AS ENUM ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AuthorRole" AS ENUM ('LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('HALF_YEAR', 'ANNUAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('DRAFT', 'ISSUED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CoordinationArea" AS ENUM ('ENROLMENT', 'CLASS_MANAGEMENT', 'LECTURER_SUPPLY', 'GRADING', 'FIELD_STUDY', 'FACILITIES');

-- CreateEnum
CREATE TYPE "Responsible" AS ENUM ('SCHOOL', 'CENTER', 'JOINT');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "UnitKind" NOT NULL,
    "centerLevel" "CenterLevel",
    "status" "UnitStatus" NOT NULL DEFAULT 'ACTIVE',
    "parentId" TEXT,
    "provinceId" TEXT,
    "address" TEXT,
    "validFrom" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitChange" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "UnitChangeKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "oldName" TEXT,
    "newName" TEXT,
    "oldParentId" TEXT,
    "newParentId" TEXT,
    "successorUnitId" TEXT,
    "decisionRef" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationCluster" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmulationCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterMembership" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "ClusterRole" NOT NULL DEFAULT 'MEMBER',
    "year" INTEGER NOT NULL,

    CONSTRAINT "ClusterMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "fullName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "role" "Role",
    "unitId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "category" "ProgramCategory" NOT NULL,
    "durationText" TEXT,
    "certificateKind" "CertificateKind" NOT NULL DEFAULT 'GIAY_CHUNG_NHAN',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramHostingRule" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "unitKind" "UnitKind" NOT NULL,
    "mode" "StudyMode" NOT NULL,

    CONSTRAINT "ProgramHostingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subject" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "periods" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "knowledgeBlock" TEXT,
    "assessment" "AssessmentKind" NOT NULL DEFAULT 'EXAM',
    "weight" DECIMAL(5,2) NOT NULL DEFAULT 1,

    CONSTRAINT "Subject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleVersion" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "regulationRef" TEXT,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "eligibility" JSONB NOT NULL,
    "classification" JSONB NOT NULL,
    "passMark" DECIMAL(4,2) NOT NULL DEFAULT 5,
    "maxScore" DECIMAL(4,2) NOT NULL DEFAULT 10,
    "minAttendancePct" INTEGER NOT NULL DEFAULT 80,
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "schoolUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "decisionRef" TEXT,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLine" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "hostUnitId" TEXT,
    "mode" "StudyMode",
    "plannedClasses" INTEGER NOT NULL,
    "plannedLearners" INTEGER NOT NULL,
    "fundingSource" TEXT,
    "outcome" "PlanLineOutcome" NOT NULL DEFAULT 'PENDING',
    "notDoneClasses" INTEGER NOT NULL DEFAULT 0,
    "notDoneLearners" INTEGER NOT NULL DEFAULT 0,
    "outcomeReason" TEXT,
    "note" TEXT,

    CONSTRAINT "PlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingClass" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "ruleVersionId" TEXT NOT NULL,
    "planLineId" TEXT,
    "schoolUnitId" TEXT NOT NULL,
    "hostUnitId" TEXT NOT NULL,
    "mode" "StudyMode" NOT NULL DEFAULT 'NON_CONCENTRATED',
    "location" TEXT,
    "plannedSize" INTEGER NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "status" "ClassStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelReason" TEXT,
    "fundingSource" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassStatusChange" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "fromStatus" "ClassStatus",
    "toStatus" "ClassStatus" NOT NULL,
    "reason" TEXT,
    "byUserId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassSubjectAssignment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "lecturerId" TEXT NOT NULL,

    CONSTRAINT "ClassSubjectAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimetableSession" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "subjectId" TEXT,
    "lecturerId" TEXT,
    "date" DATE NOT NULL,
    "part" "SessionPart" NOT NULL,
    "periods" INTEGER NOT NULL,
    "room" TEXT,
    "topic" TEXT,

    CONSTRAINT "TimetableSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Learner" (
    "id" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "gender" "Gender" NOT NULL,
    "ethnicity" TEXT NOT NULL DEFAULT 'Kinh',
    "partyMembership" "PartyMembership" NOT NULL DEFAULT 'NONE',
    "partyJoinDate" DATE,
    "position" TEXT,
    "workplace" TEXT,
    "education" "EducationLevel",
    "theoryLevel" "TheoryLevel" NOT NULL DEFAULT 'NONE',
    "phone" TEXT,
    "email" TEXT,
    "homeUnitId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Learner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "overrideReason" TEXT,
    "note" TEXT,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceRecord" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "note" TEXT,

    CONSTRAINT "AttendanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisciplineRecord" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "DisciplineKind" NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "DisciplineRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeSheet" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "status" "GradeSheetStatus" NOT NULL DEFAULT 'DRAFT',
    "enteredById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "finalizedById" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GradeSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grade" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "score" DECIMAL(4,2),
    "absent" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Grade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeCorrection" (
    "id" TEXT NOT NULL,
    "gradeId" TEXT NOT NULL,
    "oldScore" DECIMAL(4,2),
    "newScore" DECIMAL(4,2),
    "reason" TEXT NOT NULL,
    "decisionRef" TEXT,
    "byUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GradeCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeSheetLockEvent" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "action" "LockAction" NOT NULL,
    "reason" TEXT,
    "byUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GradeSheetLockEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "ruleVersionId" TEXT NOT NULL,
    "finalScore" DECIMAL(4,2) NOT NULL,
    "classification" "Classification" NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" DATE NOT NULL,
    "issuedByUnitId" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lecturer" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT,
    "fullName" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "gender" "Gender",
    "birthDate" DATE,
    "kind" "LecturerKind" NOT NULL,
    "degree" "Degree",
    "title" "AcademicTitle",
    "theoryLevel" "TheoryLevel" NOT NULL DEFAULT 'CAO_CAP',
    "major" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lecturer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LecturerActivity" (
    "id" TEXT NOT NULL,
    "lecturerId" TEXT NOT NULL,
    "kind" "LecturerActivityKind" NOT NULL,
    "trainingTarget" "TrainingTarget",
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "result" TEXT,
    "note" TEXT,

    CONSTRAINT "LecturerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchOutput" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "ResearchKind" NOT NULL,
    "level" "ResearchLevel",
    "title" TEXT NOT NULL,
    "status" "ResearchStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "date" DATE NOT NULL,
    "endDate" DATE,
    "paperCount" INTEGER,
    "issueNumber" TEXT,
    "publisher" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResearchOutput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResearchAuthor" (
    "id" TEXT NOT NULL,
    "outputId" TEXT NOT NULL,
    "lecturerId" TEXT,
    "name" TEXT NOT NULL,
    "role" "AuthorRole" NOT NULL DEFAULT 'MEMBER',

    CONSTRAINT "ResearchAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterReport" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "composerUnitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "achievements" TEXT,
    "limitations" TEXT,
    "proposals" TEXT,
    "nextTasks" TEXT,
    "submittedAt" TIMESTAMP(3),
    "snapshot" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClusterReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterReportSubmission" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "achievements" TEXT,
    "limitations" TEXT,
    "proposals" TEXT,
    "nextTasks" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "snapshot" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClusterReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterReportFigure" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "computedValue" INTEGER NOT NULL,
    "declaredValue" INTEGER,

    CONSTRAINT "ClusterReportFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "boardUnitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "issuedAt" DATE,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "content" TEXT,
    "status" "InspectionStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTarget" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "scheduledDate" DATE,

    CONSTRAINT "InspectionTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTeamMember" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "role" "TeamRole" NOT NULL,
    "userId" TEXT,

    CONSTRAINT "InspectionTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionVisit" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "visitDate" DATE NOT NULL,
    "reviewed" TEXT,
    "findings" TEXT,
    "strengths" TEXT,
    "shortcomings" TEXT,
    "conclusion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "responsibleUnitId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUp" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "statusAfter" "RecommendationStatus" NOT NULL,
    "byUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardCriterionSet" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regulationRef" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,

    CONSTRAINT "StandardCriterionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardCriterion" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "groupNo" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 1,
    "maxScore" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,

    CONSTRAINT "StandardCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardAssessment" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandardAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardAssessmentItem" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "met" BOOLEAN,
    "score" INTEGER,
    "note" TEXT,

    CONSTRAINT "StandardAssessmentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinationAgreement" (
    "id" TEXT NOT NULL,
    "schoolUnitId" TEXT NOT NULL,
    "centerUnitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signedAt" DATE NOT NULL,
    "validTo" DATE,
    "documentRef" TEXT,

    CONSTRAINT "CoordinationAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinationDuty" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "area" "CoordinationArea" NOT NULL,
    "responsible" "Responsible" NOT NULL,
    "note" TEXT,

    CONSTRAINT "CoordinationDuty_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_provinceId_kind_idx" ON "Unit"("provinceId", "kind");

-- CreateIndex
CREATE INDEX "UnitChange_unitId_effectiveDate_idx" ON "UnitChange"("unitId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationCluster_code_key" ON "EmulationCluster"("code");

-- CreateIndex
CREATE INDEX "ClusterMembership_unitId_idx" ON "ClusterMembership"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterMembership_clusterId_unitId_year_key" ON "ClusterMembership"("clusterId", "unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_unitId_idx" ON "RoleAssignment"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_unitId_key" ON "RoleAssignment"("userId", "role", "unitId");

-- CreateIndex
CREATE INDEX "LoginEvent_userId_at_idx" ON "LoginEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "LoginEvent_at_idx" ON "LoginEvent"("at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramHostingRule_programId_unitKind_mode_key" ON "ProgramHostingRule"("programId", "unitKind", "mode");

-- CreateIndex
CREATE UNIQUE INDEX "Subject_programId_code_key" ON "Subject"("programId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "RuleVersion_programId_version_key" ON "RuleVersion"("programId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_schoolUnitId_year_key" ON "AnnualPlan"("schoolUnitId", "year");

-- CreateIndex
CREATE INDEX "PlanLine_planId_idx" ON "PlanLine"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingClass_code_key" ON "TrainingClass"("code");

-- CreateIndex
CREATE INDEX "TrainingClass_hostUnitId_status_idx" ON "TrainingClass"("hostUnitId", "status");

-- CreateIndex
CREATE INDEX "TrainingClass_schoolUnitId_status_idx" ON "TrainingClass"("schoolUnitId", "status");

-- CreateIndex
CREATE INDEX "TrainingClass_programId_idx" ON "TrainingClass"("programId");

-- CreateIndex
CREATE INDEX "TrainingClass_startDate_idx" ON "TrainingClass"("startDate");

-- CreateIndex
CREATE INDEX "ClassStatusChange_classId_at_idx" ON "ClassStatusChange"("classId", "at");

-- CreateIndex
CREATE INDEX "ClassSubjectAssignment_lecturerId_idx" ON "ClassSubjectAssignment"("lecturerId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassSubjectAssignment_classId_subjectId_lecturerId_key" ON "ClassSubjectAssignment"("classId", "subjectId", "lecturerId");

-- CreateIndex
CREATE INDEX "TimetableSession_lecturerId_date_idx" ON "TimetableSession"("lecturerId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "TimetableSession_classId_date_part_key" ON "TimetableSession"("classId", "date", "part");

-- CreateIndex
CREATE UNIQUE INDEX "Learner_citizenId_key" ON "Learner"("citizenId");

-- CreateIndex
CREATE INDEX "Learner_homeUnitId_sortKey_idx" ON "Learner"("homeUnitId", "sortKey");

-- CreateIndex
CREATE INDEX "Learner_sortKey_idx" ON "Learner"("sortKey");

-- CreateIndex
CREATE INDEX "Enrolment_learnerId_idx" ON "Enrolment"("learnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_classId_learnerId_key" ON "Enrolment"("classId", "learnerId");

-- CreateIndex
CREATE INDEX "AttendanceRecord_sessionId_idx" ON "AttendanceRecord"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceRecord_enrolmentId_sessionId_key" ON "AttendanceRecord"("enrolmentId", "sessionId");

-- CreateIndex
CREATE INDEX "DisciplineRecord_enrolmentId_idx" ON "DisciplineRecord"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "GradeSheet_classId_subjectId_key" ON "GradeSheet"("classId", "subjectId");

-- CreateIndex
CREATE INDEX "Grade_enrolmentId_idx" ON "Grade"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Grade_sheetId_enrolmentId_key" ON "Grade"("sheetId", "enrolmentId");

-- CreateIndex
CREATE INDEX "GradeCorrection_gradeId_idx" ON "GradeCorrection"("gradeId");

-- CreateIndex
CREATE INDEX "GradeSheetLockEvent_sheetId_idx" ON "GradeSheetLockEvent"("sheetId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_enrolmentId_key" ON "Result"("enrolmentId");

-- CreateIndex
CREATE INDEX "Result_classification_idx" ON "Result"("classification");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_resultId_key" ON "Certificate"("resultId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_serialNumber_key" ON "Certificate"("serialNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_verificationCode_key" ON "Certificate"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_issuedByUnitId_registerNumber_key" ON "Certificate"("issuedByUnitId", "registerNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Lecturer_userId_key" ON "Lecturer"("userId");

-- CreateIndex
CREATE INDEX "Lecturer_unitId_sortKey_idx" ON "Lecturer"("unitId", "sortKey");

-- CreateIndex
CREATE INDEX "LecturerActivity_lecturerId_idx" ON "LecturerActivity"("lecturerId");

-- CreateIndex
CREATE INDEX "LecturerActivity_kind_startDate_idx" ON "LecturerActivity"("kind", "startDate");

-- CreateIndex
CREATE INDEX "ResearchOutput_unitId_date_idx" ON "ResearchOutput"("unitId", "date");

-- CreateIndex
CREATE INDEX "ResearchOutput_kind_date_idx" ON "ResearchOutput"("kind", "date");

-- CreateIndex
CREATE INDEX "ResearchAuthor_outputId_idx" ON "ResearchAuthor"("outputId");

-- CreateIndex
CREATE INDEX "ResearchAuthor_lecturerId_idx" ON "ResearchAuthor"("lecturerId");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterReport_clusterId_year_period_key" ON "ClusterReport"("clusterId", "year", "period");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterReportSubmission_reportId_unitId_key" ON "ClusterReportSubmission"("reportId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterReportFigure_submissionId_metric_key" ON "ClusterReportFigure"("submissionId", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_boardUnitId_code_key" ON "InspectionPlan"("boardUnitId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionTarget_planId_unitId_key" ON "InspectionTarget"("planId", "unitId");

-- CreateIndex
CREATE INDEX "InspectionTeamMember_planId_idx" ON "InspectionTeamMember"("planId");

-- CreateIndex
CREATE INDEX "InspectionVisit_planId_idx" ON "InspectionVisit"("planId");

-- CreateIndex
CREATE INDEX "InspectionVisit_unitId_idx" ON "InspectionVisit"("unitId");

-- CreateIndex
CREATE INDEX "Recommendation_visitId_idx" ON "Recommendation"("visitId");

-- CreateIndex
CREATE INDEX "Recommendation_responsibleUnitId_status_idx" ON "Recommendation"("responsibleUnitId", "status");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_recommendationId_idx" ON "RecommendationFollowUp"("recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "StandardCriterionSet_code_key" ON "StandardCriterionSet"("code");

-- CreateIndex
CREATE UNIQUE INDEX "StandardCriterion_setId_code_key" ON "StandardCriterion"("setId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "StandardAssessment_setId_unitId_year_key" ON "StandardAssessment"("setId", "unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "StandardAssessmentItem_assessmentId_criterionId_key" ON "StandardAssessmentItem"("assessmentId", "criterionId");

-- CreateIndex
CREATE INDEX "EvidenceFile_itemId_idx" ON "EvidenceFile"("itemId");

-- CreateIndex
CREATE INDEX "CoordinationAgreement_schoolUnitId_idx" ON "CoordinationAgreement"("schoolUnitId");

-- CreateIndex
CREATE INDEX "CoordinationAgreement_centerUnitId_idx" ON "CoordinationAgreement"("centerUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "CoordinationDuty_agreementId_area_key" ON "CoordinationDuty"("agreementId", "area");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitChange" ADD CONSTRAINT "UnitChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitChange" ADD CONSTRAINT "UnitChange_successorUnitId_fkey" FOREIGN KEY ("successorUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMembership" ADD CONSTRAINT "ClusterMembership_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "EmulationCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterMembership" ADD CONSTRAINT "ClusterMembership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginEvent" ADD CONSTRAINT "LoginEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramHostingRule" ADD CONSTRAINT "ProgramHostingRule_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subject" ADD CONSTRAINT "Subject_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleVersion" ADD CONSTRAINT "RuleVersion_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_schoolUnitId_fkey" FOREIGN KEY ("schoolUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_ruleVersionId_fkey" FOREIGN KEY ("ruleVersionId") REFERENCES "RuleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_planLineId_fkey" FOREIGN KEY ("planLineId") REFERENCES "PlanLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_schoolUnitId_fkey" FOREIGN KEY ("schoolUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassStatusChange" ADD CONSTRAINT "ClassStatusChange_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassStatusChange" ADD CONSTRAINT "ClassStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassSubjectAssignment" ADD CONSTRAINT "ClassSubjectAssignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassSubjectAssignment" ADD CONSTRAINT "ClassSubjectAssignment_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassSubjectAssignment" ADD CONSTRAINT "ClassSubjectAssignment_lecturerId_fkey" FOREIGN KEY ("lecturerId") REFERENCES "Lecturer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableSession" ADD CONSTRAINT "TimetableSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableSession" ADD CONSTRAINT "TimetableSession_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableSession" ADD CONSTRAINT "TimetableSession_lecturerId_fkey" FOREIGN KEY ("lecturerId") REFERENCES "Lecturer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Learner" ADD CONSTRAINT "Learner_homeUnitId_fkey" FOREIGN KEY ("homeUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TimetableSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisciplineRecord" ADD CONSTRAINT "DisciplineRecord_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheet" ADD CONSTRAINT "GradeSheet_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheet" ADD CONSTRAINT "GradeSheet_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheet" ADD CONSTRAINT "GradeSheet_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheet" ADD CONSTRAINT "GradeSheet_finalizedById_fkey" FOREIGN KEY ("finalizedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "GradeSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeCorrection" ADD CONSTRAINT "GradeCorrection_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "Grade"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeCorrection" ADD CONSTRAINT "GradeCorrection_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheetLockEvent" ADD CONSTRAINT "GradeSheetLockEvent_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "GradeSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSheetLockEvent" ADD CONSTRAINT "GradeSheetLockEvent_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_ruleVersionId_fkey" FOREIGN KEY ("ruleVersionId") REFERENCES "RuleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_issuedByUnitId_fkey" FOREIGN KEY ("issuedByUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lecturer" ADD CONSTRAINT "Lecturer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lecturer" ADD CONSTRAINT "Lecturer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LecturerActivity" ADD CONSTRAINT "LecturerActivity_lecturerId_fkey" FOREIGN KEY ("lecturerId") REFERENCES "Lecturer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchOutput" ADD CONSTRAINT "ResearchOutput_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchAuthor" ADD CONSTRAINT "ResearchAuthor_outputId_fkey" FOREIGN KEY ("outputId") REFERENCES "ResearchOutput"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchAuthor" ADD CONSTRAINT "ResearchAuthor_lecturerId_fkey" FOREIGN KEY ("lecturerId") REFERENCES "Lecturer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReport" ADD CONSTRAINT "ClusterReport_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "EmulationCluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReport" ADD CONSTRAINT "ClusterReport_composerUnitId_fkey" FOREIGN KEY ("composerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReportSubmission" ADD CONSTRAINT "ClusterReportSubmission_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ClusterReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReportSubmission" ADD CONSTRAINT "ClusterReportSubmission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReportSubmission" ADD CONSTRAINT "ClusterReportSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterReportFigure" ADD CONSTRAINT "ClusterReportFigure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ClusterReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_boardUnitId_fkey" FOREIGN KEY ("boardUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTarget" ADD CONSTRAINT "InspectionTarget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTarget" ADD CONSTRAINT "InspectionTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "InspectionVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardCriterion" ADD CONSTRAINT "StandardCriterion_setId_fkey" FOREIGN KEY ("setId") REFERENCES "StandardCriterionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardAssessment" ADD CONSTRAINT "StandardAssessment_setId_fkey" FOREIGN KEY ("setId") REFERENCES "StandardCriterionSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardAssessment" ADD CONSTRAINT "StandardAssessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardAssessmentItem" ADD CONSTRAINT "StandardAssessmentItem_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "StandardAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardAssessmentItem" ADD CONSTRAINT "StandardAssessmentItem_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "StandardCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StandardAssessmentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationAgreement" ADD CONSTRAINT "CoordinationAgreement_schoolUnitId_fkey" FOREIGN KEY ("schoolUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationAgreement" ADD CONSTRAINT "CoordinationAgreement_centerUnitId_fkey" FOREIGN KEY ("centerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationDuty" ADD CONSTRAINT "CoordinationDuty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "CoordinationAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules that Prisma's schema language cannot express (kept by hand; later diffs leave them alone).
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_score_range" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 10));
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_absent_no_score" CHECK (NOT ("absent" AND "score" IS NOT NULL));
ALTER TABLE "GradeCorrection" ADD CONSTRAINT "GradeCorrection_score_range" CHECK (("oldScore" IS NULL OR "oldScore" BETWEEN 0 AND 10) AND ("newScore" IS NULL OR "newScore" BETWEEN 0 AND 10));
ALTER TABLE "Result" ADD CONSTRAINT "Result_score_range" CHECK ("finalScore" >= 0 AND "finalScore" <= 10);
ALTER TABLE "Learner" ADD CONSTRAINT "Learner_citizenId_format" CHECK ("citizenId" ~ '^[0-9]{12}$');
ALTER TABLE "Learner" ADD CONSTRAINT "Learner_birthDate_range" CHECK ("birthDate" > DATE '1900-01-01');
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_plannedSize_positive" CHECK ("plannedSize" > 0);
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_dates_order" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_cancel_reason" CHECK ("status" <> 'CANCELLED' OR "cancelReason" IS NOT NULL);
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_counts_nonnegative" CHECK ("plannedClasses" >= 0 AND "plannedLearners" >= 0 AND "notDoneClasses" >= 0 AND "notDoneLearners" >= 0);
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_not_done_reason" CHECK ("outcome" <> 'NOT_CARRIED_OUT' OR "outcomeReason" IS NOT NULL);
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Subject" ADD CONSTRAINT "Subject_periods_nonnegative" CHECK ("periods" >= 0 AND "weight" >= 0);
ALTER TABLE "RuleVersion" ADD CONSTRAINT "RuleVersion_marks" CHECK ("passMark" >= 0 AND "passMark" <= "maxScore" AND "minAttendancePct" BETWEEN 0 AND 100);
ALTER TABLE "TimetableSession" ADD CONSTRAINT "TimetableSession_periods_positive" CHECK ("periods" > 0);
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_dates_order" CHECK ("endDate" >= "startDate");
ALTER TABLE "ClusterReportFigure" ADD CONSTRAINT "ClusterReportFigure_nonnegative" CHECK ("computedValue" >= 0 AND ("declaredValue" IS NULL OR "declaredValue" >= 0));
ALTER TABLE "StandardCriterion" ADD CONSTRAINT "StandardCriterion_level" CHECK ("level" IN (1, 2) AND "groupNo" BETWEEN 1 AND 6);
ALTER TABLE "User" ADD CONSTRAINT "User_failedLoginCount_nonnegative" CHECK ("failedLoginCount" >= 0);

-- A rule version that a class uses is frozen: its grading rules cannot be changed in place (write a new version).
CREATE FUNCTION "rule_version_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD."classification"::text IS DISTINCT FROM NEW."classification"::text
      OR OLD."eligibility"::text IS DISTINCT FROM NEW."eligibility"::text
      OR OLD."passMark" IS DISTINCT FROM NEW."passMark"
      OR OLD."maxScore" IS DISTINCT FROM NEW."maxScore"
      OR OLD."minAttendancePct" IS DISTINCT FROM NEW."minAttendancePct")
     AND (OLD."lockedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "TrainingClass" WHERE "ruleVersionId" = OLD."id")) THEN
    RAISE EXCEPTION 'rule version % is in use and cannot be changed', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "RuleVersion_frozen" BEFORE UPDATE ON "RuleVersion" FOR EACH ROW EXECUTE FUNCTION "rule_version_frozen"();

-- Grades of a finalized sheet change only through a recorded correction: a GradeCorrection row with the new
-- score inserted earlier in the same transaction (its xmin is this transaction's id, whatever the clocks say).
CREATE FUNCTION "grade_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "GradeSheet" WHERE "id" = NEW."sheetId" AND "status" = 'FINALIZED')
     AND (TG_OP = 'INSERT' OR OLD."score" IS DISTINCT FROM NEW."score" OR OLD."absent" IS DISTINCT FROM NEW."absent")
     AND NOT EXISTS (SELECT 1 FROM "GradeCorrection" c WHERE c."gradeId" = NEW."id"
                     AND c."newScore" IS NOT DISTINCT FROM NEW."score"
                     AND c.xmin = pg_current_xact_id()::xid) THEN
    RAISE EXCEPTION 'grade sheet % is finalized; record a correction', NEW."sheetId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Grade_locked" BEFORE INSERT OR UPDATE ON "Grade" FOR EACH ROW EXECUTE FUNCTION "grade_locked"();

-- Name sort keys are built to sort byte-wise (lib/domain/vietnamese-name.ts), whatever the server's locale.
ALTER TABLE "Learner" ALTER COLUMN "sortKey" TYPE TEXT COLLATE "C";
ALTER TABLE "Lecturer" ALTER COLUMN "sortKey" TYPE TEXT COLLATE "C";
