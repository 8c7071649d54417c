-- CreateEnum
CREATE TYPE "NeedKind" AS ENUM ('WISH', 'SERVICE', 'PROBLEM');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('SUBMITTED', 'PUBLISHED', 'DISPATCHED', 'CLAIMED', 'DONE', 'CONFIRMED', 'CLOSED', 'REJECTED', 'MERGED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "NeedSource" AS ENUM ('RESIDENT', 'ON_BEHALF');

-- CreateEnum
CREATE TYPE "NeedClaimStatus" AS ENUM ('ACTIVE', 'DONE', 'RETURNED');

-- CreateEnum
CREATE TYPE "NeedPhotoPurpose" AS ENUM ('REQUEST', 'DONE');

-- CreateEnum
CREATE TYPE "NeedRatingSource" AS ENUM ('RESIDENT', 'PHONE');

-- AlterTable
ALTER TABLE "CommunitySettings" ADD COLUMN     "needDefaultPoints" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "needOverdueDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "needRetentionDays" INTEGER NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "PointsEntry" ADD COLUMN     "needClaimId" UUID;

-- AlterTable
ALTER TABLE "StarRating" ADD COLUMN     "residentScoreOverride" INTEGER;

-- AlterTable
ALTER TABLE "UnitReport" ADD COLUMN     "offerGoods" TEXT,
ADD COLUMN     "offerServices" TEXT;

-- CreateTable
CREATE TABLE "Need" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "kind" "NeedKind" NOT NULL,
    "categoryId" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "wantedWhen" TEXT,
    "buildingId" UUID,
    "gridId" UUID,
    "room" TEXT,
    "residentName" TEXT,
    "residentPhone" TEXT,
    "contactErasedAt" TIMESTAMP(3),
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "source" "NeedSource" NOT NULL,
    "recordedById" UUID,
    "trackingHash" TEXT NOT NULL,
    "status" "NeedStatus" NOT NULL DEFAULT 'SUBMITTED',
    "places" INTEGER NOT NULL DEFAULT 1,
    "claimedCount" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "firstClaimedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "reason" TEXT,
    "mergedIntoId" UUID,
    "activityId" UUID,
    "unitId" UUID,
    "taskMonth" DATE,
    "unitReportedAt" TIMESTAMP(3),
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratingSource" "NeedRatingSource",
    "ratedById" UUID,
    "storyTitle" TEXT,
    "storyBody" TEXT,
    "storyPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedClaim" (
    "id" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "status" "NeedClaimStatus" NOT NULL DEFAULT 'ACTIVE',
    "assignedById" UUID,
    "viaUnitId" UUID,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "progressNote" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneNote" TEXT,
    "hours" DECIMAL(5,1) NOT NULL DEFAULT 0,
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "creditedAt" TIMESTAMP(3),

    CONSTRAINT "NeedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedPhoto" (
    "id" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "claimId" UUID,
    "purpose" "NeedPhotoPurpose" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedEvent" (
    "id" BIGSERIAL NOT NULL,
    "needId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" UUID,
    "params" JSONB NOT NULL DEFAULT '{}',
    "visibleToResident" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedPointsRule" (
    "communityId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "hours" DECIMAL(5,1) NOT NULL DEFAULT 1,

    CONSTRAINT "NeedPointsRule_pkey" PRIMARY KEY ("communityId","categoryId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Need_trackingHash_key" ON "Need"("trackingHash");

-- CreateIndex
CREATE UNIQUE INDEX "Need_activityId_key" ON "Need"("activityId");

-- CreateIndex
CREATE INDEX "Need_communityId_status_createdAt_idx" ON "Need"("communityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Need_communityId_buildingId_status_idx" ON "Need"("communityId", "buildingId", "status");

-- CreateIndex
CREATE INDEX "Need_streetId_createdAt_idx" ON "Need"("streetId", "createdAt");

-- CreateIndex
CREATE INDEX "Need_unitId_taskMonth_idx" ON "Need"("unitId", "taskMonth");

-- CreateIndex
CREATE INDEX "Need_status_closedAt_idx" ON "Need"("status", "closedAt");

-- CreateIndex
CREATE INDEX "NeedClaim_memberId_status_idx" ON "NeedClaim"("memberId", "status");

-- CreateIndex
CREATE INDEX "NeedClaim_communityId_status_idx" ON "NeedClaim"("communityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NeedClaim_needId_memberId_key" ON "NeedClaim"("needId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedPhoto_storageKey_key" ON "NeedPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "NeedPhoto_needId_idx" ON "NeedPhoto"("needId");

-- CreateIndex
CREATE INDEX "NeedEvent_needId_id_idx" ON "NeedEvent"("needId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_needClaimId_key" ON "PointsEntry"("needClaimId");

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedClaim" ADD CONSTRAINT "NeedClaim_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedClaim" ADD CONSTRAINT "NeedClaim_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedPhoto" ADD CONSTRAINT "NeedPhoto_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedPhoto" ADD CONSTRAINT "NeedPhoto_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "NeedClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedEvent" ADD CONSTRAINT "NeedEvent_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Guards the use cases rely on (lib/needs): places are never overbooked, ratings are 1–5,
-- a turned-down or closed need says why, a merged or converted need names where it went.
ALTER TABLE "Need" ADD CONSTRAINT "Need_places_check" CHECK ("places" BETWEEN 1 AND 50);
ALTER TABLE "Need" ADD CONSTRAINT "Need_claimedCount_check" CHECK ("claimedCount" >= 0 AND "claimedCount" <= "places");
ALTER TABLE "Need" ADD CONSTRAINT "Need_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
ALTER TABLE "Need" ADD CONSTRAINT "Need_reason_check" CHECK ("status" NOT IN ('REJECTED', 'CLOSED') OR "reason" IS NOT NULL);
ALTER TABLE "Need" ADD CONSTRAINT "Need_merged_check" CHECK ("status" <> 'MERGED' OR "mergedIntoId" IS NOT NULL);
ALTER TABLE "Need" ADD CONSTRAINT "Need_converted_check" CHECK ("status" <> 'CONVERTED' OR "activityId" IS NOT NULL);
ALTER TABLE "NeedClaim" ADD CONSTRAINT "NeedClaim_hours_check" CHECK ("hours" >= 0);
