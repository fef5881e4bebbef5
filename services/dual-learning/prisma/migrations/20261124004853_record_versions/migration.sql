-- AlterTable
ALTER TABLE "agreement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "appeal" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "company_exclusion" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "complaint" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "mentor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "partnership" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "recognition" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "recognition_application" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "revocation_proposal" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "signal" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Every change of a versioned record raises its version (optimistic concurrency).
CREATE OR REPLACE FUNCTION werkplek_next_version() RETURNS trigger AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "partnership_next_version" BEFORE UPDATE ON "partnership" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "mentor_next_version" BEFORE UPDATE ON "mentor" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "recognition_application_next_version" BEFORE UPDATE ON "recognition_application" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "recognition_next_version" BEFORE UPDATE ON "recognition" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "company_exclusion_next_version" BEFORE UPDATE ON "company_exclusion" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "agreement_next_version" BEFORE UPDATE ON "agreement" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "signal_next_version" BEFORE UPDATE ON "signal" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "complaint_next_version" BEFORE UPDATE ON "complaint" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "appeal_next_version" BEFORE UPDATE ON "appeal" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "revocation_proposal_next_version" BEFORE UPDATE ON "revocation_proposal" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
