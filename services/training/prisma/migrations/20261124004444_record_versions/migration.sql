-- AlterTable
ALTER TABLE "action_plan_round" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "annual_action_plan" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "certificate" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "course" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "enrolment" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "qualitative_annual_plan" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "tender" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "track" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "training_centre" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "training_dossier" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Every change of a versioned record raises its version (optimistic concurrency).
CREATE OR REPLACE FUNCTION werkplek_next_version() RETURNS trigger AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "training_centre_next_version" BEFORE UPDATE ON "training_centre" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "track_next_version" BEFORE UPDATE ON "track" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "course_next_version" BEFORE UPDATE ON "course" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "enrolment_next_version" BEFORE UPDATE ON "enrolment" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "certificate_next_version" BEFORE UPDATE ON "certificate" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "action_plan_round_next_version" BEFORE UPDATE ON "action_plan_round" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "annual_action_plan_next_version" BEFORE UPDATE ON "annual_action_plan" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "training_dossier_next_version" BEFORE UPDATE ON "training_dossier" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "qualitative_annual_plan_next_version" BEFORE UPDATE ON "qualitative_annual_plan" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
CREATE TRIGGER "tender_next_version" BEFORE UPDATE ON "tender" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();
