-- CreateEnum
CREATE TYPE "PartnershipKind" AS ENUM ('FLEMISH', 'SECTORAL');

-- CreateEnum
CREATE TYPE "DecisionMechanism" AS ENUM ('CONSULTANT_DECISION', 'TACIT_APPROVAL_DAY_14', 'UNANIMOUS_WEEKLY_VOTE', 'WITHOUT_OBJECTION');

-- CreateEnum
CREATE TYPE "SiteVisitPolicy" AS ENUM ('NEVER', 'ALWAYS', 'CONDITIONAL');

-- CreateEnum
CREATE TYPE "MentorTrainingPolicy" AS ENUM ('MANDATORY', 'DESIRABLE');

-- CreateEnum
CREATE TYPE "CompanySizeClass" AS ENUM ('SIZE_0', 'SIZE_1_4', 'SIZE_5_9', 'SIZE_10_19', 'SIZE_20_49', 'SIZE_50_99', 'SIZE_100_199', 'SIZE_200_499', 'SIZE_500_999', 'SIZE_1000_PLUS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "MentorTrainingStatus" AS ENUM ('NOT_REGISTERED', 'REGISTERED', 'COMPLETED', 'EXEMPTED');

-- CreateEnum
CREATE TYPE "MentorTrainingExemption" AS ENUM ('PEDAGOGICAL_DIPLOMA', 'PREVIOUS_MENTOR_CERTIFICATE', 'TEACHER_TRAINING', 'RECOGNISED_COACHING_TRAINING', 'MENTOR_TRAINING_WITHIN_10_YEARS', 'FIVE_YEARS_GUIDING_YOUTH');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD', 'REJECTED', 'APPROVED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "HandlingAction" AS ENUM ('ADMINISTRATIVE_CHECK', 'COMPANY_CONTACT', 'SITE_VISIT', 'EXTERNAL_ADVICE');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('NOT_ADMINISTRATIVELY_IN_ORDER', 'INSUFFICIENT_EQUIPMENT', 'INSUFFICIENT_FINANCIAL_CAPACITY', 'NO_QUALIFYING_MENTOR', 'CONVICTION');

-- CreateEnum
CREATE TYPE "SubmitterType" AS ENUM ('COMPANY', 'TRAINING_INSTITUTION', 'SECTORAL_PARTNERSHIP', 'WORKPLACE_COACH', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVAL', 'PARTIAL_APPROVAL', 'REJECTION');

-- CreateEnum
CREATE TYPE "RecognitionScope" AS ENUM ('FULL', 'PARTIAL');

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('ACTIVE', 'WITHDRAWN', 'EXCLUDED');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('OAO', 'OAO_STAGE', 'DA_SM', 'DA', 'TRANSITIONAL');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('RUNNING', 'ENDED', 'ENDED_EARLY');

-- CreateEnum
CREATE TYPE "TerminationReason" AS ENUM ('LEARNER_STOPPED_TRAINING', 'PROGRESS_SERIOUSLY_HINDERED', 'LEARNER_SWITCHES_TRAINING', 'LEARNER_COMPLETED_TRAINING', 'LEARNER_SERIOUS_BREACHES', 'COMPANY_BANKRUPT', 'FORCE_MAJEURE', 'LEARNER_EXCLUDED_DISCIPLINARY', 'LEARNER_HEALTH_AT_RISK', 'COMPANY_SERIOUS_BREACHES', 'MENTOR_DROPPED_OUT', 'SUSPENDED_OVER_60_DAYS', 'RECOGNITION_WITHDRAWN');

-- CreateEnum
CREATE TYPE "GuidanceActionType" AS ENUM ('SITE_VISIT', 'PHONE_CONTACT', 'EMAIL', 'INFORMATION_FICHE', 'MENTOR_TRAJECTORY_REFERRAL', 'COACHING_SESSION', 'WELFARE_ADVISER_VISIT', 'ONBOARDING_VISIT', 'CONTRACT_SIGNATURE_VISIT', 'FIRST_MONTH_VISIT', 'LAST_CHANCE_LETTER', 'REGISTERED_LETTER');

-- CreateEnum
CREATE TYPE "VisitPurpose" AS ENUM ('INFORMATIVE', 'CONTROLLING', 'INSPIRING');

-- CreateEnum
CREATE TYPE "FollowUpMode" AS ENUM ('REACTIVE', 'PROACTIVE');

-- CreateEnum
CREATE TYPE "SignalSource" AS ENUM ('EDUCATION', 'KBO_UPDATE', 'WORKPLACE_COACH', 'SITE_VISIT', 'EARLY_TERMINATION', 'MENTOR_TRAINING_CHECK', 'PHONE_CONTACT', 'LEARNER', 'SCHOOL', 'SOCIAL_PARTNERS', 'COMPANY', 'AUTOMATIC_RULE');

-- CreateEnum
CREATE TYPE "SignalStatus" AS ENUM ('OPEN', 'IN_FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('COMPLAINT', 'REPORT');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('REGISTERED', 'ACKNOWLEDGED', 'INADMISSIBLE', 'UNDER_INVESTIGATION', 'DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ComplaintHandlerBody" AS ENUM ('AGENCY', 'PARTNERSHIP', 'OTHER_AUTHORITY');

-- CreateEnum
CREATE TYPE "ComplaintVerdict" AS ENUM ('FOUNDED', 'UNFOUNDED', 'PARTLY_FOUNDED');

-- CreateEnum
CREATE TYPE "AppealDecisionType" AS ENUM ('NON_RECOGNITION', 'WITHDRAWAL', 'EXCLUSION');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('LODGED', 'INADMISSIBLE', 'UNDER_INVESTIGATION', 'SCHEDULED', 'INTERIM_DECISION', 'CONFIRMED', 'ANNULLED', 'WITHDRAWN_BY_APPELLANT');

-- CreateEnum
CREATE TYPE "RevocationKind" AS ENUM ('WITHDRAWAL', 'EXCLUSION');

-- CreateEnum
CREATE TYPE "RevocationProposalStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "workplace" ADD COLUMN     "chain" TEXT,
ADD COLUMN     "companyId" UUID,
ADD COLUMN     "employeeCount" INTEGER;

-- CreateTable
CREATE TABLE "partnership" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnershipKind" NOT NULL,
    "operator" TEXT,
    "jointCommittees" TEXT[],
    "takesRecognition" BOOLEAN NOT NULL DEFAULT true,
    "takesGuidance" BOOLEAN NOT NULL DEFAULT true,
    "takesComplaints" BOOLEAN NOT NULL DEFAULT false,
    "decisionMechanism" "DecisionMechanism" NOT NULL DEFAULT 'CONSULTANT_DECISION',
    "siteVisitPolicy" "SiteVisitPolicy" NOT NULL DEFAULT 'CONDITIONAL',
    "mentorTrainingPolicy" "MentorTrainingPolicy" NOT NULL DEFAULT 'DESIRABLE',
    "mentorTrainingDeadlineMonths" INTEGER,
    "mentorRegistrationDeadlineMonths" INTEGER,
    "learnersPerMentor" INTEGER,
    "establishmentCapRule" JSONB,
    "acceptedExemptions" "MentorTrainingExemption"[],
    "signalVisitDays" INTEGER,
    "votingMembers" INTEGER,
    "activeFrom" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_training_cap" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "trainingId" UUID NOT NULL,
    "learnersPerMentor" INTEGER NOT NULL,

    CONSTRAINT "partnership_training_cap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_setting_change" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "setting" TEXT NOT NULL,
    "oldValue" JSONB,
    "newValue" JSONB,
    "changedById" TEXT NOT NULL,
    "changedByName" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partnership_setting_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL,
    "enterpriseNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sizeClass" "CompanySizeClass" NOT NULL DEFAULT 'UNKNOWN',
    "jointCommittees" TEXT[],
    "publicAuthority" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_exclusion" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "workplaceId" UUID,
    "reason" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "liftedOn" DATE,
    "decidedById" TEXT NOT NULL,
    "recognitionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_exclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dual" BOOLEAN NOT NULL DEFAULT true,
    "partnershipId" UUID,
    "activities" TEXT[],
    "minimumEmployees" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor" (
    "id" UUID NOT NULL,
    "workplaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nationalRegisterHash" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "yearsOfExperience" INTEGER NOT NULL,
    "goodConductProven" BOOLEAN NOT NULL DEFAULT false,
    "trainingStatus" "MentorTrainingStatus" NOT NULL DEFAULT 'NOT_REGISTERED',
    "trainingRegisteredOn" DATE,
    "trainingCompletedOn" DATE,
    "exemption" "MentorTrainingExemption",
    "exemptionApprovedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learner" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "birthDate" DATE,
    "trainingProvider" TEXT NOT NULL,
    "studyDirection" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "learner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recognition_application" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "workplaceId" UUID NOT NULL,
    "trainingId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "submitterType" "SubmitterType" NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "signedDeclaration" BOOLEAN NOT NULL DEFAULT false,
    "dual" BOOLEAN NOT NULL DEFAULT true,
    "learnerWaiting" BOOLEAN NOT NULL DEFAULT false,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "dueOn" DATE NOT NULL,
    "companyInOrder" BOOLEAN,
    "equipmentSufficient" BOOLEAN,
    "financiallyCapable" BOOLEAN,
    "noConvictions" BOOLEAN,
    "missingItems" TEXT[],
    "outcome" "DecisionOutcome",
    "rejectionReason" "RejectionReason",
    "excludedActivities" TEXT[],
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recognition_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_mentor" (
    "applicationId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,

    CONSTRAINT "application_mentor_pkey" PRIMARY KEY ("applicationId","mentorId")
);

-- CreateTable
CREATE TABLE "application_action" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "action" "HandlingAction" NOT NULL,
    "performedOn" DATE NOT NULL,
    "performedById" TEXT NOT NULL,
    "performedByName" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_vote" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "voterId" TEXT NOT NULL,
    "voterName" TEXT NOT NULL,
    "approve" BOOLEAN NOT NULL,
    "reason" TEXT,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recognition" (
    "id" UUID NOT NULL,
    "applicationId" UUID,
    "workplaceId" UUID NOT NULL,
    "trainingId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "scope" "RecognitionScope" NOT NULL DEFAULT 'FULL',
    "excludedActivities" TEXT[],
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "status" "RecognitionStatus" NOT NULL DEFAULT 'ACTIVE',
    "endedOn" DATE,
    "endReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recognition_mentor" (
    "recognitionId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,

    CONSTRAINT "recognition_mentor_pkey" PRIMARY KEY ("recognitionId","mentorId")
);

-- CreateTable
CREATE TABLE "agreement" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "type" "AgreementType" NOT NULL,
    "workplaceId" UUID NOT NULL,
    "recognitionId" UUID,
    "trainingId" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "mentorId" UUID,
    "dual" BOOLEAN NOT NULL DEFAULT true,
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE NOT NULL,
    "actualEndDate" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'RUNNING',
    "terminationReason" "TerminationReason",
    "suspendedFrom" DATE,
    "registeredById" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guidance_action" (
    "id" UUID NOT NULL,
    "workplaceId" UUID NOT NULL,
    "recognitionId" UUID,
    "signalId" UUID,
    "partnershipId" UUID NOT NULL,
    "type" "GuidanceActionType" NOT NULL,
    "purpose" "VisitPurpose",
    "mode" "FollowUpMode" NOT NULL,
    "performedOn" DATE NOT NULL,
    "performedById" TEXT NOT NULL,
    "performedByName" TEXT NOT NULL,
    "findings" TEXT,
    "nextActionOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guidance_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signal" (
    "id" UUID NOT NULL,
    "workplaceId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "source" "SignalSource" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SignalStatus" NOT NULL DEFAULT 'OPEN',
    "raisedOn" DATE NOT NULL,
    "followUpDueOn" DATE,
    "closedOn" DATE,
    "raisedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "submitterName" TEXT NOT NULL,
    "submitterEmail" TEXT,
    "receivedOn" DATE NOT NULL,
    "acknowledgeDueOn" DATE NOT NULL,
    "closeDueOn" DATE NOT NULL,
    "partnershipId" UUID,
    "workplaceId" UUID,
    "agreementId" UUID,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'REGISTERED',
    "admissible" BOOLEAN,
    "admissibilityNote" TEXT,
    "acknowledgedOn" DATE,
    "handlerBody" "ComplaintHandlerBody",
    "handlerName" TEXT,
    "verdict" "ComplaintVerdict",
    "resolution" TEXT,
    "closedOn" DATE,
    "closingMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "decisionType" "AppealDecisionType" NOT NULL,
    "workplaceId" UUID NOT NULL,
    "applicationId" UUID,
    "recognitionId" UUID,
    "originalDeciderId" TEXT,
    "decidedByAgency" BOOLEAN NOT NULL DEFAULT false,
    "notifiedOn" DATE NOT NULL,
    "lodgedOn" DATE NOT NULL,
    "motivation" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'LODGED',
    "admissible" BOOLEAN,
    "caseHandlerId" TEXT,
    "caseHandlerName" TEXT,
    "sessionOn" DATE,
    "fileSentOn" DATE,
    "decisionDueOn" DATE NOT NULL,
    "decidedOn" DATE,
    "consensus" BOOLEAN,
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revocation_proposal" (
    "id" UUID NOT NULL,
    "recognitionId" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "auditReference" TEXT NOT NULL,
    "kind" "RevocationKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "exclusionUntil" DATE,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "status" "RevocationProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedById" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,

    CONSTRAINT "revocation_proposal_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "partnership_code_key" ON "partnership"("code");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_name_key" ON "partnership"("name");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_training_cap_partnershipId_trainingId_key" ON "partnership_training_cap"("partnershipId", "trainingId");

-- CreateIndex
CREATE INDEX "partnership_setting_change_partnershipId_changedAt_idx" ON "partnership_setting_change"("partnershipId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "company_enterpriseNumber_key" ON "company"("enterpriseNumber");

-- CreateIndex
CREATE INDEX "company_exclusion_companyId_idx" ON "company_exclusion"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "training_code_key" ON "training"("code");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_workplaceId_nationalRegisterHash_key" ON "mentor"("workplaceId", "nationalRegisterHash");

-- CreateIndex
CREATE UNIQUE INDEX "recognition_application_number_key" ON "recognition_application"("number");

-- CreateIndex
CREATE INDEX "recognition_application_partnershipId_status_idx" ON "recognition_application"("partnershipId", "status");

-- CreateIndex
CREATE INDEX "recognition_application_workplaceId_idx" ON "recognition_application"("workplaceId");

-- CreateIndex
CREATE INDEX "recognition_application_submittedAt_idx" ON "recognition_application"("submittedAt");

-- CreateIndex
CREATE INDEX "application_action_applicationId_idx" ON "application_action"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "application_vote_applicationId_voterId_key" ON "application_vote"("applicationId", "voterId");

-- CreateIndex
CREATE UNIQUE INDEX "recognition_applicationId_key" ON "recognition"("applicationId");

-- CreateIndex
CREATE INDEX "recognition_workplaceId_trainingId_idx" ON "recognition"("workplaceId", "trainingId");

-- CreateIndex
CREATE INDEX "recognition_partnershipId_status_idx" ON "recognition"("partnershipId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_number_key" ON "agreement"("number");

-- CreateIndex
CREATE INDEX "agreement_workplaceId_status_idx" ON "agreement"("workplaceId", "status");

-- CreateIndex
CREATE INDEX "agreement_mentorId_status_idx" ON "agreement"("mentorId", "status");

-- CreateIndex
CREATE INDEX "agreement_startDate_idx" ON "agreement"("startDate");

-- CreateIndex
CREATE INDEX "guidance_action_workplaceId_performedOn_idx" ON "guidance_action"("workplaceId", "performedOn");

-- CreateIndex
CREATE INDEX "guidance_action_partnershipId_idx" ON "guidance_action"("partnershipId");

-- CreateIndex
CREATE INDEX "signal_partnershipId_status_idx" ON "signal"("partnershipId", "status");

-- CreateIndex
CREATE INDEX "signal_workplaceId_idx" ON "signal"("workplaceId");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_number_key" ON "complaint"("number");

-- CreateIndex
CREATE INDEX "complaint_status_idx" ON "complaint"("status");

-- CreateIndex
CREATE INDEX "complaint_partnershipId_idx" ON "complaint"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_number_key" ON "appeal"("number");

-- CreateIndex
CREATE INDEX "appeal_status_idx" ON "appeal"("status");

-- CreateIndex
CREATE INDEX "revocation_proposal_recognitionId_idx" ON "revocation_proposal"("recognitionId");

-- CreateIndex
CREATE INDEX "revocation_proposal_auditId_idx" ON "revocation_proposal"("auditId");

-- CreateIndex
CREATE INDEX "revocation_proposal_status_idx" ON "revocation_proposal"("status");

-- CreateIndex
CREATE UNIQUE INDEX "status_change_sequence_key" ON "status_change"("sequence");

-- CreateIndex
CREATE INDEX "status_change_entityType_entityId_at_idx" ON "status_change"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "workplace_companyId_idx" ON "workplace"("companyId");

-- AddForeignKey
ALTER TABLE "partnership_training_cap" ADD CONSTRAINT "partnership_training_cap_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_training_cap" ADD CONSTRAINT "partnership_training_cap_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_setting_change" ADD CONSTRAINT "partnership_setting_change_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_exclusion" ADD CONSTRAINT "company_exclusion_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workplace" ADD CONSTRAINT "workplace_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor" ADD CONSTRAINT "mentor_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_application" ADD CONSTRAINT "recognition_application_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_application" ADD CONSTRAINT "recognition_application_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_application" ADD CONSTRAINT "recognition_application_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_mentor" ADD CONSTRAINT "application_mentor_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "recognition_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_mentor" ADD CONSTRAINT "application_mentor_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "mentor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_action" ADD CONSTRAINT "application_action_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "recognition_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_vote" ADD CONSTRAINT "application_vote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "recognition_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "recognition_application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_mentor" ADD CONSTRAINT "recognition_mentor_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "recognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_mentor" ADD CONSTRAINT "recognition_mentor_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "mentor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "recognition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "mentor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guidance_action" ADD CONSTRAINT "guidance_action_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guidance_action" ADD CONSTRAINT "guidance_action_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "recognition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guidance_action" ADD CONSTRAINT "guidance_action_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "signal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal" ADD CONSTRAINT "signal_workplaceId_fkey" FOREIGN KEY ("workplaceId") REFERENCES "workplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "recognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
