-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('PARTNERSHIP_SUPERVISION', 'TRACK_INSPECTION', 'WORKPLACE_VISIT', 'FOLLOW_UP_AUDIT');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InspectionSubjectType" AS ENUM ('WORKPLACE', 'TRAINING_CENTRE');

-- CreateTable
CREATE TABLE "inspection" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedOn" DATE NOT NULL,
    "leadInspector" TEXT NOT NULL,
    "subjectType" "InspectionSubjectType" NOT NULL,
    "workplaceId" UUID,
    "trainingCentreId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inspection_number_key" ON "inspection"("number");

-- CreateIndex
CREATE INDEX "inspection_workplaceId_idx" ON "inspection"("workplaceId");

-- CreateIndex
CREATE INDEX "inspection_trainingCentreId_idx" ON "inspection"("trainingCentreId");

-- CreateIndex
CREATE INDEX "inspection_plannedOn_idx" ON "inspection"("plannedOn");
