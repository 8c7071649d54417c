-- DropIndex
DROP INDEX "ActivityRecord_memberId_status_idx";

-- CreateIndex
CREATE INDEX "ActivityRecord_memberId_status_activityId_hours_idx" ON "ActivityRecord"("memberId", "status", "activityId", "hours");
