-- CreateEnum
CREATE TYPE "MemberSource" AS ENUM ('SELF_REPORTED', 'IMPORTED', 'ADDED_BY_SECRETARY');

-- CreateEnum
CREATE TYPE "UnitReportStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'IMPORTED');

-- DropIndex
DROP INDEX "AuditEvent_entityType_entityId_idx";

-- DropIndex
DROP INDEX "AuditEvent_scopeOrgId_createdAt_idx";

-- DropIndex
DROP INDEX "Member_communityId_status_idx";

-- DropIndex
DROP INDEX "Member_employerUnitId_idx";

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "source" "MemberSource" NOT NULL DEFAULT 'SELF_REPORTED';

-- CreateTable
CREATE TABLE "UnitReport" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "status" "UnitReportStatus" NOT NULL DEFAULT 'PENDING',
    "offerVenues" TEXT,
    "offerPeople" TEXT,
    "offerFunds" TEXT,
    "offerSkills" TEXT[],
    "note" TEXT,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "reportedById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "rows" JSONB NOT NULL,
    "importedCount" INTEGER,
    "skippedCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitReport_communityId_status_idx" ON "UnitReport"("communityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "UnitReport_unitId_communityId_key" ON "UnitReport"("unitId", "communityId");

-- CreateIndex
CREATE INDEX "ImportBatch_communityId_createdAt_idx" ON "ImportBatch"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_id_idx" ON "AuditEvent"("entityType", "entityId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_scopeOrgId_id_idx" ON "AuditEvent"("scopeOrgId", "id");

-- CreateIndex
CREATE INDEX "Member_communityId_status_reportedAt_idx" ON "Member"("communityId", "status", "reportedAt");

-- CreateIndex
CREATE INDEX "Member_communityId_buildingId_idx" ON "Member"("communityId", "buildingId");

-- CreateIndex
CREATE INDEX "Member_communityId_name_idx" ON "Member"("communityId", "name");

-- CreateIndex
CREATE INDEX "Member_employerUnitId_status_idx" ON "Member"("employerUnitId", "status");

-- CreateIndex
CREATE INDEX "Member_phone_idx" ON "Member"("phone");

-- AddForeignKey
ALTER TABLE "UnitReport" ADD CONSTRAINT "UnitReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitReport" ADD CONSTRAINT "UnitReport_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
