-- CreateEnum
CREATE TYPE "TrackMark" AS ENUM ('INNOVATIVE', 'INNOVATIVE_REWORK', 'FLEXIBLE');

-- CreateEnum
CREATE TYPE "TrackType" AS ENUM ('ENTREPRENEURSHIP', 'APPRENTICESHIP', 'DUAL', 'PRE_STARTER', 'ASSIGNED');

-- CreateEnum
CREATE TYPE "TrackComponent" AS ENUM ('PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT');

-- CreateEnum
CREATE TYPE "CourseStatus" AS ENUM ('REQUESTED', 'STARTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'WITHDRAWN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "EnrolmentResult" AS ENUM ('PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "CertificateType" AS ENUM ('ENTREPRENEURSHIP_DIPLOMA', 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', 'SME_EMPLOYEE_CERTIFICATE', 'BUSINESS_MANAGEMENT_CERTIFICATE', 'APPRENTICESHIP_CERTIFICAAT', 'APPRENTICESHIP_GETUIGSCHRIFT', 'APPRENTICESHIP_SECOND_GRADE', 'APPRENTICESHIP_THIRD_GRADE', 'SECONDARY_EDUCATION_DIPLOMA', 'DUAL_VOCATIONAL_CERTIFICATE', 'DUAL_SECOND_YEAR_THIRD_GRADE', 'DUAL_THIRD_YEAR_THIRD_GRADE', 'DUAL_DIPLOMA');

-- CreateEnum
CREATE TYPE "CertificateIssuer" AS ENUM ('AGENCY', 'CENTRE');

-- CreateEnum
CREATE TYPE "SurveyFocusGroup" AS ENUM ('GENERAL', 'ESTABLISHMENT_LAW', 'INNOVATIVE', 'FLEXIBLE');

-- CreateEnum
CREATE TYPE "RoundSeason" AS ENUM ('APRIL', 'NOVEMBER');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('OPEN', 'CLOSED', 'DECIDED');

-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'UNDER_REVIEW', 'ADVISED', 'DECIDED');

-- CreateEnum
CREATE TYPE "DossierKind" AS ENUM ('NEW_TRACK', 'INNOVATIVE_REWORK');

-- CreateEnum
CREATE TYPE "DossierAdvice" AS ENUM ('INNOVATIVE', 'FLEXIBLE', 'INNOVATIVE_AND_FLEXIBLE', 'INNOVATIVE_REWORK', 'NOT_RECOGNISED');

-- CreateEnum
CREATE TYPE "QualitativePlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ASSESSED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "RealisationStatus" AS ENUM ('REALISED', 'PARTLY_REALISED', 'NOT_REALISED');

-- CreateEnum
CREATE TYPE "TenderKind" AS ENUM ('TRAINING_OLD_WORK', 'RESEARCH', 'TRAINING');

-- CreateEnum
CREATE TYPE "TenderStatus" AS ENUM ('LAUNCHED', 'AWARDED', 'CANCELLED');

-- CreateTable
CREATE TABLE "teaching_location" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "campus" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "teaching_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mandate_holder" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "enterpriseNumber" TEXT,
    "qualityLabel" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mandate_holder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sector" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criteria_version" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "approvedOn" DATE,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "criteria_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criterion" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "mark" "TrackMark" NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mark_rule" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "mark" "TrackMark" NOT NULL,
    "minimumMet" INTEGER NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "mark_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "track" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "TrackType" NOT NULL,
    "sectorId" UUID NOT NULL,
    "centreId" UUID,
    "components" "TrackComponent"[],
    "durationMonths" INTEGER NOT NULL,
    "startableFrom" DATE,
    "establishmentRegulation" BOOLEAN NOT NULL DEFAULT false,
    "completedFullRun" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "track_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "track_mark_grant" (
    "id" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "mark" "TrackMark" NOT NULL,
    "roundId" UUID NOT NULL,
    "criteriaVersionId" UUID NOT NULL,
    "grantedOn" DATE NOT NULL,
    "dossierId" UUID,

    CONSTRAINT "track_mark_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "module" (
    "id" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "component" "TrackComponent" NOT NULL,
    "hours" INTEGER NOT NULL,

    CONSTRAINT "module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "teachingLocationId" UUID,
    "courseYear" INTEGER NOT NULL,
    "requestedOn" DATE NOT NULL,
    "startedOn" DATE,
    "status" "CourseStatus" NOT NULL DEFAULT 'REQUESTED',
    "capacity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learner" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "birthDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "learner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrolment" (
    "id" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "courseId" UUID,
    "centreId" UUID NOT NULL,
    "component" "TrackComponent" NOT NULL,
    "courseYear" INTEGER NOT NULL,
    "enrolledOn" DATE NOT NULL,
    "leftOn" DATE,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "result" "EnrolmentResult",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificate" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "type" "CertificateType" NOT NULL,
    "learnerId" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "examYear" INTEGER NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuer" "CertificateIssuer" NOT NULL,
    "revokedOn" DATE,
    "revokedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "final_exam" (
    "id" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "courseYear" INTEGER NOT NULL,
    "passedOn" DATE NOT NULL,

    CONSTRAINT "final_exam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "self_employment_period" (
    "id" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,

    CONSTRAINT "self_employment_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "satisfaction_survey" (
    "id" UUID NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "sectorId" UUID,
    "focusGroup" "SurveyFocusGroup",
    "score" DECIMAL(4,2) NOT NULL,
    "respondents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "satisfaction_survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_plan_round" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "season" "RoundSeason" NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "criteriaVersionId" UUID NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "boardDecisionOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_plan_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_action_plan" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "annual_action_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_dossier" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "DossierKind" NOT NULL,
    "trackId" UUID,
    "title" TEXT NOT NULL,
    "sectorId" UUID NOT NULL,
    "partners" TEXT[],
    "requestedMarks" "TrackMark"[],
    "components" "TrackComponent"[],
    "durationMonths" INTEGER NOT NULL,
    "advice" "DossierAdvice",
    "adviceMotivation" TEXT,
    "advisedById" TEXT,
    "advisedAt" TIMESTAMP(3),
    "programmed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_criterion_case" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "argument" TEXT NOT NULL,
    "met" BOOLEAN,
    "motivation" TEXT,

    CONSTRAINT "dossier_criterion_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qualitative_annual_plan" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "QualitativePlanStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "assessedAt" TIMESTAMP(3),
    "assessment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "qualitative_annual_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qualitative_plan_item" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "assessment" TEXT,
    "realisation" "RealisationStatus",
    "realisationNote" TEXT,
    "budgetImpact" DECIMAL(12,2),

    CONSTRAINT "qualitative_plan_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tender" (
    "id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "kind" "TenderKind" NOT NULL,
    "cluster" TEXT,
    "launchedOn" DATE NOT NULL,
    "status" "TenderStatus" NOT NULL DEFAULT 'LAUNCHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tender_award" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "amountInclVat" DECIMAL(12,2) NOT NULL,
    "awardedOn" DATE NOT NULL,

    CONSTRAINT "tender_award_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "teaching_location_centreId_name_key" ON "teaching_location"("centreId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "mandate_holder_name_key" ON "mandate_holder"("name");

-- CreateIndex
CREATE UNIQUE INDEX "sector_code_key" ON "sector"("code");

-- CreateIndex
CREATE UNIQUE INDEX "sector_name_key" ON "sector"("name");

-- CreateIndex
CREATE UNIQUE INDEX "criteria_version_code_key" ON "criteria_version"("code");

-- CreateIndex
CREATE UNIQUE INDEX "criterion_versionId_mark_code_key" ON "criterion"("versionId", "mark", "code");

-- CreateIndex
CREATE UNIQUE INDEX "mark_rule_versionId_mark_key" ON "mark_rule"("versionId", "mark");

-- CreateIndex
CREATE UNIQUE INDEX "track_code_key" ON "track"("code");

-- CreateIndex
CREATE INDEX "track_centreId_idx" ON "track"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "track_mark_grant_trackId_mark_roundId_key" ON "track_mark_grant"("trackId", "mark", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "module_trackId_code_key" ON "module"("trackId", "code");

-- CreateIndex
CREATE INDEX "course_centreId_courseYear_idx" ON "course"("centreId", "courseYear");

-- CreateIndex
CREATE INDEX "enrolment_centreId_courseYear_idx" ON "enrolment"("centreId", "courseYear");

-- CreateIndex
CREATE INDEX "enrolment_courseYear_component_idx" ON "enrolment"("courseYear", "component");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_number_key" ON "certificate"("number");

-- CreateIndex
CREATE INDEX "certificate_examYear_type_idx" ON "certificate"("examYear", "type");

-- CreateIndex
CREATE INDEX "certificate_centreId_idx" ON "certificate"("centreId");

-- CreateIndex
CREATE INDEX "final_exam_courseYear_idx" ON "final_exam"("courseYear");

-- CreateIndex
CREATE INDEX "self_employment_period_learnerId_idx" ON "self_employment_period"("learnerId");

-- CreateIndex
CREATE UNIQUE INDEX "action_plan_round_year_season_key" ON "action_plan_round"("year", "season");

-- CreateIndex
CREATE UNIQUE INDEX "annual_action_plan_centreId_roundId_key" ON "annual_action_plan"("centreId", "roundId");

-- CreateIndex
CREATE INDEX "training_dossier_planId_idx" ON "training_dossier"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_criterion_case_dossierId_criterionId_key" ON "dossier_criterion_case"("dossierId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "qualitative_annual_plan_centreId_year_key" ON "qualitative_annual_plan"("centreId", "year");

-- CreateIndex
CREATE INDEX "qualitative_plan_item_planId_idx" ON "qualitative_plan_item"("planId");

-- CreateIndex
CREATE INDEX "tender_award_awardedOn_idx" ON "tender_award"("awardedOn");

-- CreateIndex
CREATE UNIQUE INDEX "status_change_sequence_key" ON "status_change"("sequence");

-- CreateIndex
CREATE INDEX "status_change_entityType_entityId_at_idx" ON "status_change"("entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "teaching_location" ADD CONSTRAINT "teaching_location_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "training_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criterion" ADD CONSTRAINT "criterion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "criteria_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mark_rule" ADD CONSTRAINT "mark_rule_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "criteria_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "track" ADD CONSTRAINT "track_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "track" ADD CONSTRAINT "track_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "training_centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "track_mark_grant" ADD CONSTRAINT "track_mark_grant_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "track_mark_grant" ADD CONSTRAINT "track_mark_grant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "action_plan_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "track_mark_grant" ADD CONSTRAINT "track_mark_grant_criteriaVersionId_fkey" FOREIGN KEY ("criteriaVersionId") REFERENCES "criteria_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "module" ADD CONSTRAINT "module_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "module"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "training_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_teachingLocationId_fkey" FOREIGN KEY ("teachingLocationId") REFERENCES "teaching_location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_exam" ADD CONSTRAINT "final_exam_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_exam" ADD CONSTRAINT "final_exam_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_employment_period" ADD CONSTRAINT "self_employment_period_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "learner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "satisfaction_survey_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_round" ADD CONSTRAINT "action_plan_round_criteriaVersionId_fkey" FOREIGN KEY ("criteriaVersionId") REFERENCES "criteria_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_action_plan" ADD CONSTRAINT "annual_action_plan_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "training_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_action_plan" ADD CONSTRAINT "annual_action_plan_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "action_plan_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_dossier" ADD CONSTRAINT "training_dossier_planId_fkey" FOREIGN KEY ("planId") REFERENCES "annual_action_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_dossier" ADD CONSTRAINT "training_dossier_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "track"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_dossier" ADD CONSTRAINT "training_dossier_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_criterion_case" ADD CONSTRAINT "dossier_criterion_case_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "training_dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_criterion_case" ADD CONSTRAINT "dossier_criterion_case_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualitative_annual_plan" ADD CONSTRAINT "qualitative_annual_plan_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "training_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualitative_plan_item" ADD CONSTRAINT "qualitative_plan_item_planId_fkey" FOREIGN KEY ("planId") REFERENCES "qualitative_annual_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tender_award" ADD CONSTRAINT "tender_award_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tender_award" ADD CONSTRAINT "tender_award_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "mandate_holder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
