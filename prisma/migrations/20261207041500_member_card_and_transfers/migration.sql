-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PointsKind" ADD VALUE 'TRANSFER_OUT';
ALTER TYPE "PointsKind" ADD VALUE 'TRANSFER_IN';

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "checkToken" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
ADD COLUMN     "previousMemberId" UUID;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "noticeToken" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text);

-- CreateTable
CREATE TABLE "ReReportWindow" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReReportWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReReport" (
    "windowId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "how" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReReport_pkey" PRIMARY KEY ("windowId","memberId")
);

-- CreateTable
CREATE TABLE "TransferRequest" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "fromCommunityId" UUID NOT NULL,
    "toCommunityId" UUID NOT NULL,
    "toGridId" UUID NOT NULL,
    "toBuildingId" UUID NOT NULL,
    "room" TEXT NOT NULL,
    "note" TEXT,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "newMemberId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TransferRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReReportWindow_communityId_opensAt_idx" ON "ReReportWindow"("communityId", "opensAt");

-- CreateIndex
CREATE INDEX "ReReport_memberId_idx" ON "ReReport"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "TransferRequest_newMemberId_key" ON "TransferRequest"("newMemberId");

-- CreateIndex
CREATE INDEX "TransferRequest_toCommunityId_status_createdAt_idx" ON "TransferRequest"("toCommunityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "TransferRequest_fromCommunityId_status_idx" ON "TransferRequest"("fromCommunityId", "status");

-- CreateIndex
CREATE INDEX "TransferRequest_memberId_status_idx" ON "TransferRequest"("memberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Member_checkToken_key" ON "Member"("checkToken");

-- CreateIndex
CREATE UNIQUE INDEX "Member_previousMemberId_key" ON "Member"("previousMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_noticeToken_key" ON "Organization"("noticeToken");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_previousMemberId_fkey" FOREIGN KEY ("previousMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReReport" ADD CONSTRAINT "ReReport_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ReReportWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReReport" ADD CONSTRAINT "ReReport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written (docs/decisions/084-member-card-and-transfers.md)
ALTER TABLE "ReReportWindow" ADD CONSTRAINT "ReReportWindow_order" CHECK ("closesAt" > "opensAt");
ALTER TABLE "ReReport" ADD CONSTRAINT "ReReport_how" CHECK ("how" IN ('CONFIRMED', 'EDITED'));
-- a member has at most one open transfer request
CREATE UNIQUE INDEX "TransferRequest_one_pending" ON "TransferRequest"("memberId") WHERE "status" = 'PENDING';
-- an accepted transfer names the entry it opened; nothing else does
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_accepted_names_entry" CHECK (("status" = 'ACCEPTED') = ("newMemberId" IS NOT NULL));
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_other_community" CHECK ("toCommunityId" <> "fromCommunityId");
