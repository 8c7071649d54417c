-- DropIndex
DROP INDEX "Member_employerUnitId_status_idx";

-- CreateIndex
CREATE INDEX "Member_employerUnitId_status_communityId_idx" ON "Member"("employerUnitId", "status", "communityId");


