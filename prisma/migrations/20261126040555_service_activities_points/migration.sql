-- CreateEnum
CREATE TYPE "ServiceItemStatus" AS ENUM ('PROPOSED', 'OPEN', 'CLOSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('CHECKED_IN', 'CONFIRMED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "PointsKind" AS ENUM ('EARN', 'ADJUST', 'REDEEM', 'REFUND');

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "id" UUID NOT NULL,
    "code" TEXT,
    "communityId" UUID,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "icon" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "categoryId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "skillsWanted" TEXT[],
    "typicalTime" TEXT,
    "positions" INTEGER,
    "status" "ServiceItemStatus" NOT NULL DEFAULT 'OPEN',
    "proposedByMemberId" UUID,
    "declineReason" TEXT,
    "copiedFromId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "remark" TEXT NOT NULL,
    "availability" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "itemId" UUID,
    "categoryId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "place" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "signupDeadline" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "hours" DECIMAL(5,1) NOT NULL DEFAULT 0,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "cancelReason" TEXT,
    "createdById" UUID,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signup" (
    "id" BIGSERIAL NOT NULL,
    "activityId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "promotedAt" TIMESTAMP(3),

    CONSTRAINT "Signup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRecord" (
    "id" BIGSERIAL NOT NULL,
    "activityId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "checkedInAt" TIMESTAMP(3),
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "hours" DECIMAL(5,1) NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "feedback" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" BIGSERIAL NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "PointsKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "activityId" UUID,
    "recordId" BIGINT,
    "reason" TEXT,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCategory_code_key" ON "ServiceCategory"("code");

-- CreateIndex
CREATE INDEX "ServiceCategory_communityId_idx" ON "ServiceCategory"("communityId");

-- CreateIndex
CREATE INDEX "ServiceItem_communityId_year_status_idx" ON "ServiceItem"("communityId", "year", "status");

-- CreateIndex
CREATE INDEX "Pledge_communityId_year_idx" ON "Pledge"("communityId", "year");

-- CreateIndex
CREATE INDEX "Pledge_itemId_idx" ON "Pledge"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_memberId_itemId_key" ON "Pledge"("memberId", "itemId");

-- CreateIndex
CREATE INDEX "Activity_communityId_status_startsAt_idx" ON "Activity"("communityId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Activity_status_startsAt_idx" ON "Activity"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Signup_activityId_status_id_idx" ON "Signup"("activityId", "status", "id");

-- CreateIndex
CREATE INDEX "Signup_memberId_status_idx" ON "Signup"("memberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Signup_activityId_memberId_key" ON "Signup"("activityId", "memberId");

-- CreateIndex
CREATE INDEX "ActivityRecord_memberId_status_idx" ON "ActivityRecord"("memberId", "status");

-- CreateIndex
CREATE INDEX "ActivityRecord_communityId_status_confirmedAt_idx" ON "ActivityRecord"("communityId", "status", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRecord_activityId_memberId_key" ON "ActivityRecord"("activityId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_recordId_key" ON "PointsEntry"("recordId");

-- CreateIndex
CREATE INDEX "PointsEntry_memberId_id_idx" ON "PointsEntry"("memberId", "id");

-- CreateIndex
CREATE INDEX "PointsEntry_communityId_createdAt_idx" ON "PointsEntry"("communityId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_id_idx" ON "Notification"("userId", "readAt", "id");

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_proposedByMemberId_fkey" FOREIGN KEY ("proposedByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRecord" ADD CONSTRAINT "ActivityRecord_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRecord" ADD CONSTRAINT "ActivityRecord_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants the database keeps, whatever the application does
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_confirmed_within_capacity" CHECK ("confirmedCount" >= 0 AND "confirmedCount" <= "capacity");
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_points_not_negative" CHECK ("points" >= 0 AND "hours" >= 0);
ALTER TABLE "ActivityRecord" ADD CONSTRAINT "ActivityRecord_points_not_negative" CHECK ("points" >= 0 AND "hours" >= 0);

-- The eight service categories named in the source essays (菜单式服务)
INSERT INTO "ServiceCategory" ("id", "code", "nameZh", "nameEn", "icon", "sortOrder") VALUES
  (gen_random_uuid(), 'ENVIRONMENT', '环境维护', 'Environment upkeep', 'trees', 1),
  (gen_random_uuid(), 'CIVILITY', '文明创建', 'Civility campaigns', 'flag', 2),
  (gen_random_uuid(), 'AID', '扶贫帮困', 'Aid to families in difficulty', 'hand-heart', 3),
  (gen_random_uuid(), 'SECURITY', '治安维稳', 'Security patrols', 'shield', 4),
  (gen_random_uuid(), 'PUBLICITY', '宣传教育', 'Publicity and education', 'megaphone', 5),
  (gen_random_uuid(), 'CULTURE', '文体娱乐', 'Culture and sports', 'music', 6),
  (gen_random_uuid(), 'ADVICE', '建言献策', 'Advice and suggestions', 'lightbulb', 7),
  (gen_random_uuid(), 'SELF_PROPOSED', '自主服务', 'Self-proposed service', 'sparkles', 8);
