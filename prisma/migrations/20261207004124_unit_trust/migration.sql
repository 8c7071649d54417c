-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "employerLinkedAt" TIMESTAMP(3),
ADD COLUMN     "suggestedUnitId" UUID;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "rejectReason" TEXT,
ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" UUID;

-- CreateIndex
CREATE INDEX "Member_communityId_suggestedUnitId_idx" ON "Member"("communityId", "suggestedUnitId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_suggestedUnitId_fkey" FOREIGN KEY ("suggestedUnitId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing work units (docs/decisions/060-identity-model.md): a unit the street created itself, or
-- one a community already accepted the report of, was vouched for; a unit that only registered
-- itself stays pending until the street verifies it.
UPDATE "Organization" o SET "verifiedAt" = now()
WHERE o.kind = 'WORK_UNIT'
  AND (
    NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e.action = 'unit.register' AND e."entityType" = 'Organization' AND e."entityId" = o.id::text)
    OR EXISTS (SELECT 1 FROM "UnitReport" r WHERE r."unitId" = o.id AND r.status = 'ACCEPTED')
  );

-- Existing links to a vouched unit count as confirmed on the day the community verified the
-- member (their application named the employer), else today.
UPDATE "Member" m SET "employerLinkedAt" = coalesce(m."verifiedAt", now())
FROM "Organization" u
WHERE u.id = m."employerUnitId" AND u."verifiedAt" IS NOT NULL;

-- Links to a unit left pending become suggestions; the employer stays readable as text.
UPDATE "Member" m SET
  "suggestedUnitId" = m."employerUnitId",
  "employerUnitId" = NULL,
  "employerName" = coalesce(m."employerName", u.name),
  "employerBranch" = coalesce(m."employerBranch", u."partyBranchName")
FROM "Organization" u
WHERE u.id = m."employerUnitId" AND u."verifiedAt" IS NULL;

-- No silent link: a member is linked to a unit only with the date the link was confirmed.
ALTER TABLE "Member" ADD CONSTRAINT "Member_employer_link_confirmed"
  CHECK (("employerUnitId" IS NULL) = ("employerLinkedAt" IS NULL));

-- The street's queue of units to verify.
CREATE INDEX "Organization_unit_pending_idx" ON "Organization"("streetId", "createdAt")
  WHERE kind = 'WORK_UNIT' AND "verifiedAt" IS NULL AND "rejectedAt" IS NULL;
