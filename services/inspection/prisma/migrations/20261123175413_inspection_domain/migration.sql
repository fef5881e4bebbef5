-- CreateEnum
CREATE TYPE "InspectionTeam" AS ENUM ('SUPERVISION', 'INSPECTION');

-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('PARTNERSHIP_SUPERVISION', 'TRACK_INSPECTION', 'DUAL_QUALITY_AUDIT', 'APPRENTICESHIP_FOLLOW_UP', 'WORKPLACE_AUDIT');

-- CreateEnum
CREATE TYPE "AuditSubjectType" AS ENUM ('PARTNERSHIP', 'TRAINING_CENTRE', 'TRACK', 'COURSE', 'WORKPLACE', 'AGREEMENT');

-- CreateEnum
CREATE TYPE "AuditStatus" AS ENUM ('PLANNED', 'PREPARED', 'IN_PROGRESS', 'REPORTED', 'FOLLOW_UP', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('POSITIVE', 'NOT_POSITIVE');

-- CreateEnum
CREATE TYPE "AuditRole" AS ENUM ('LEAD', 'INSPECTOR', 'CO_AUDITOR', 'PANEL_MEMBER');

-- CreateEnum
CREATE TYPE "AuditorOrganisation" AS ENUM ('AGENCY', 'EDUCATION_INSPECTORATE');

-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "AnswerType" AS ENUM ('YES_NO', 'SCALE', 'NUMBER', 'TEXT', 'CHOICE');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('POSITIVE', 'OBSERVATION', 'SHORTCOMING', 'SERIOUS_SHORTCOMING');

-- CreateEnum
CREATE TYPE "RecommendationKind" AS ENUM ('RECOMMENDATION', 'MEASURE', 'IMPROVEMENT_ACTION');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'IMPLEMENTED', 'NOT_IMPLEMENTED');

-- CreateEnum
CREATE TYPE "RevocationKind" AS ENUM ('WITHDRAWAL', 'EXCLUSION');

-- CreateEnum
CREATE TYPE "ProposalDelivery" AS ENUM ('PENDING', 'DELIVERED', 'REFUSED');

-- CreateEnum
CREATE TYPE "RiskFactor" AS ENUM ('COMPLAINTS', 'EARLY_TERMINATIONS', 'OVERDUE_RECOMMENDATIONS', 'NEGATIVE_PREVIOUS_RESULT', 'YEARS_SINCE_LAST_AUDIT');

-- CreateEnum
CREATE TYPE "AnnualPlanStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- DropTable
DROP TABLE "inspection";

-- DropEnum
DROP TYPE "InspectionKind";

-- DropEnum
DROP TYPE "InspectionStatus";

-- DropEnum
DROP TYPE "InspectionSubjectType";

-- CreateTable
CREATE TABLE "auditor" (
    "id" UUID NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "organisation" "AuditorOrganisation" NOT NULL DEFAULT 'AGENCY',
    "team" "InspectionTeam",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auditor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_template" (
    "id" UUID NOT NULL,
    "kind" "AuditKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audit_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_question" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT,
    "answerType" "AnswerType" NOT NULL,
    "choices" TEXT[],
    "weight" INTEGER NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,

    CONSTRAINT "template_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "kind" "AuditKind" NOT NULL,
    "title" TEXT NOT NULL,
    "focus" TEXT,
    "subjectType" "AuditSubjectType" NOT NULL,
    "subjectId" UUID NOT NULL,
    "trainingCentreId" UUID,
    "partnershipId" UUID,
    "teachingLocation" TEXT,
    "templateId" UUID,
    "status" "AuditStatus" NOT NULL DEFAULT 'PLANNED',
    "scheduledOn" DATE NOT NULL,
    "performedOn" DATE,
    "preparedOn" DATE,
    "preparationPackReceivedOn" DATE,
    "result" "AuditResult",
    "reportSummary" TEXT,
    "advice" TEXT,
    "reportedOn" DATE,
    "reportedToFlemishPartnershipOn" DATE,
    "reportedToAuditCommitteeOn" DATE,
    "improvementPlanApprovedOn" DATE,
    "followUpOfId" UUID,
    "planItemId" UUID,
    "closedOn" DATE,
    "cancelledReason" TEXT,
    "notes" TEXT,
    "createdBy" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_assignment" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "auditorId" UUID NOT NULL,
    "role" "AuditRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_answer" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "booleanValue" BOOLEAN,
    "numberValue" DECIMAL(12,2),
    "textValue" TEXT,
    "note" TEXT,
    "answeredById" TEXT NOT NULL,
    "answeredBy" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "checklist_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_file" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "findingId" UUID,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "description" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evidence_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "questionId" UUID,
    "severity" "FindingSeverity" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "resolvedOn" DATE,
    "createdById" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "findingId" UUID,
    "kind" "RecommendationKind" NOT NULL DEFAULT 'RECOMMENDATION',
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "agreedDueOn" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "implementedOn" DATE,
    "evaluatedOn" DATE,
    "evaluationNote" TEXT,
    "evaluatedBy" TEXT,
    "createdById" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revocation_proposal" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "recognitionId" UUID NOT NULL,
    "kind" "RevocationKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "exclusionUntil" DATE,
    "proposedById" TEXT NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "delivery" "ProposalDelivery" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "revocation_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_weight" (
    "id" UUID NOT NULL,
    "factor" "RiskFactor" NOT NULL,
    "weight" DECIMAL(6,2) NOT NULL,
    "validFrom" DATE NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "risk_weight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_plan" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "AnnualPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "weights" JSONB NOT NULL,
    "adoptedOn" DATE,
    "createdById" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "annual_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_plan_capacity" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "AuditKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "annual_plan_capacity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_plan_item" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "AuditKind" NOT NULL,
    "subjectType" "AuditSubjectType" NOT NULL,
    "subjectId" UUID NOT NULL,
    "trainingCentreId" UUID,
    "partnershipId" UUID,
    "riskScore" DECIMAL(8,2) NOT NULL,
    "riskInputs" JSONB NOT NULL,
    "rank" INTEGER NOT NULL,
    "planned" BOOLEAN NOT NULL DEFAULT false,
    "quarter" INTEGER,
    "manualReason" TEXT,

    CONSTRAINT "annual_plan_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "client_mutation" (
    "id" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_mutation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" UUID NOT NULL,
    "sequence" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "step" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "auditor_userId_key" ON "auditor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "audit_template_kind_version_key" ON "audit_template"("kind", "version");

-- CreateIndex
CREATE INDEX "template_question_templateId_position_idx" ON "template_question"("templateId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "template_question_templateId_code_key" ON "template_question"("templateId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "audit_number_key" ON "audit"("number");

-- CreateIndex
CREATE UNIQUE INDEX "audit_planItemId_key" ON "audit"("planItemId");

-- CreateIndex
CREATE INDEX "audit_subjectType_subjectId_idx" ON "audit"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "audit_trainingCentreId_idx" ON "audit"("trainingCentreId");

-- CreateIndex
CREATE INDEX "audit_partnershipId_idx" ON "audit"("partnershipId");

-- CreateIndex
CREATE INDEX "audit_status_scheduledOn_idx" ON "audit"("status", "scheduledOn");

-- CreateIndex
CREATE INDEX "audit_kind_scheduledOn_idx" ON "audit"("kind", "scheduledOn");

-- CreateIndex
CREATE INDEX "audit_assignment_auditorId_idx" ON "audit_assignment"("auditorId");

-- CreateIndex
CREATE UNIQUE INDEX "audit_assignment_auditId_auditorId_key" ON "audit_assignment"("auditId", "auditorId");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_answer_auditId_questionId_key" ON "checklist_answer"("auditId", "questionId");

-- CreateIndex
CREATE INDEX "evidence_file_auditId_idx" ON "evidence_file"("auditId");

-- CreateIndex
CREATE INDEX "finding_auditId_idx" ON "finding"("auditId");

-- CreateIndex
CREATE INDEX "recommendation_auditId_idx" ON "recommendation"("auditId");

-- CreateIndex
CREATE INDEX "recommendation_status_agreedDueOn_idx" ON "recommendation"("status", "agreedDueOn");

-- CreateIndex
CREATE INDEX "revocation_proposal_delivery_nextAttemptAt_idx" ON "revocation_proposal"("delivery", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "risk_weight_factor_validFrom_key" ON "risk_weight"("factor", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "annual_plan_year_key" ON "annual_plan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "annual_plan_capacity_planId_kind_key" ON "annual_plan_capacity"("planId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "annual_plan_item_planId_kind_subjectType_subjectId_key" ON "annual_plan_item"("planId", "kind", "subjectType", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "status_change_sequence_key" ON "status_change"("sequence");

-- CreateIndex
CREATE INDEX "status_change_entityType_entityId_at_idx" ON "status_change"("entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "template_question" ADD CONSTRAINT "template_question_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "audit_template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit" ADD CONSTRAINT "audit_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "audit_template"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit" ADD CONSTRAINT "audit_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "audit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit" ADD CONSTRAINT "audit_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "annual_plan_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_assignment" ADD CONSTRAINT "audit_assignment_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_assignment" ADD CONSTRAINT "audit_assignment_auditorId_fkey" FOREIGN KEY ("auditorId") REFERENCES "auditor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_answer" ADD CONSTRAINT "checklist_answer_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_answer" ADD CONSTRAINT "checklist_answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "template_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_plan_capacity" ADD CONSTRAINT "annual_plan_capacity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "annual_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_plan_item" ADD CONSTRAINT "annual_plan_item_planId_fkey" FOREIGN KEY ("planId") REFERENCES "annual_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
