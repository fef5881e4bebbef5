-- AlterTable
ALTER TABLE "annual_plan" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "auditor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "recommendation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Every change of a versioned record raises its version (optimistic concurrency).
CREATE OR REPLACE FUNCTION werkplek_next_version() RETURNS trigger AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_next_version" BEFORE UPDATE ON "audit" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "auditor_next_version" BEFORE UPDATE ON "auditor" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "finding_next_version" BEFORE UPDATE ON "finding" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "recommendation_next_version" BEFORE UPDATE ON "recommendation" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "annual_plan_next_version" BEFORE UPDATE ON "annual_plan" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
