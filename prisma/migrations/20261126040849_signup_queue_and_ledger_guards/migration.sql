-- DropIndex
DROP INDEX "Signup_activityId_status_id_idx";

-- AlterTable
ALTER TABLE "Signup" ADD COLUMN     "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Signup_activityId_status_queuedAt_idx" ON "Signup"("activityId", "status", "queuedAt");

-- The points ledger is append-only: corrections are new ADJUST entries, never edits.
CREATE FUNCTION points_entry_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'PointsEntry is append-only' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "PointsEntry_append_only" BEFORE UPDATE OR DELETE ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION points_entry_append_only();

-- A confirmed attendance record is locked: it cannot be changed or removed.
CREATE FUNCTION activity_record_locked() RETURNS trigger AS $$
BEGIN
  IF OLD."confirmedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'ActivityRecord % is confirmed and locked', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "ActivityRecord_locked" BEFORE UPDATE OR DELETE ON "ActivityRecord"
  FOR EACH ROW EXECUTE FUNCTION activity_record_locked();
