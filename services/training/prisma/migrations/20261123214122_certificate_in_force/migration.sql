-- AlterTable
ALTER TABLE "certificate" ADD COLUMN     "inForce" BOOLEAN DEFAULT true;

-- Existing data, before the index: revoked certificates are not in force. Duplicates issued before this rule (the
-- same learner, track and type twice, none revoked) keep their number and stay verifiable; only the first issued
-- counts as the one in force, so the index can hold and nothing is deleted or shown as revoked.
UPDATE "certificate" SET "inForce" = NULL WHERE "revokedOn" IS NOT NULL;
UPDATE "certificate" c SET "inForce" = NULL
WHERE c."inForce" AND EXISTS (
  SELECT 1 FROM "certificate" earlier
  WHERE earlier."learnerId" = c."learnerId" AND earlier."trackId" = c."trackId" AND earlier."type" = c."type"
    AND earlier."inForce" AND (earlier."issuedOn", earlier."createdAt", earlier."id") < (c."issuedOn", c."createdAt", c."id")
);

-- CreateIndex
CREATE UNIQUE INDEX "certificate_one_in_force_per_learner_track_type" ON "certificate"("learnerId", "trackId", "type", "inForce");
