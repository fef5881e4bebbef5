-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Province" AS ENUM ('ANTWERPEN', 'LIMBURG', 'OOST_VLAANDEREN', 'VLAAMS_BRABANT', 'WEST_VLAANDEREN', 'BRUSSEL');

-- CreateTable
CREATE TABLE "workplace" (
    "id" UUID NOT NULL,
    "establishmentNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "enterpriseNumber" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "province" "Province" NOT NULL,
    "sectoralPartnership" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workplace_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "workplace_establishmentNumber_key" ON "workplace"("establishmentNumber");

-- CreateIndex
CREATE INDEX "workplace_enterpriseNumber_idx" ON "workplace"("enterpriseNumber");
