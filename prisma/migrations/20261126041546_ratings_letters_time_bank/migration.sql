-- CreateEnum
CREATE TYPE "RatingRoundStatus" AS ENUM ('DRAFT', 'PUBLICITY', 'FINAL');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'ANSWERED');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('REQUESTED', 'FULFILLED', 'CANCELLED');

-- CreateTable
CREATE TABLE "CommunitySettings" (
    "communityId" UUID NOT NULL,
    "letterThreshold" INTEGER NOT NULL DEFAULT 3,
    "letterClosing" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunitySettings_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "StarRatingRound" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RatingRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "thresholds" INTEGER[],
    "pointsWeight" INTEGER NOT NULL DEFAULT 100,
    "peerWeight" INTEGER NOT NULL DEFAULT 0,
    "residentWeight" INTEGER NOT NULL DEFAULT 0,
    "publicityDays" INTEGER NOT NULL DEFAULT 7,
    "publicityStart" TIMESTAMP(3),
    "publicityEnd" TIMESTAMP(3),
    "standardText" TEXT,
    "computedAt" TIMESTAMP(3),
    "finalizedAt" TIMESTAMP(3),
    "finalizedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StarRatingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarRating" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "activities" INTEGER NOT NULL DEFAULT 0,
    "peerScore" INTEGER,
    "residentScore" INTEGER,
    "score" DECIMAL(6,2) NOT NULL,
    "stars" INTEGER NOT NULL,
    "story" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StarRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingObjection" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "ratingId" UUID,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingObjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThankYouLetter" (
    "id" UUID NOT NULL,
    "serial" TEXT NOT NULL,
    "verifyCode" TEXT NOT NULL,
    "communityId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "workUnitId" UUID,
    "addressee" TEXT NOT NULL,
    "employerName" TEXT NOT NULL,
    "services" JSONB NOT NULL,
    "activityCount" INTEGER NOT NULL,
    "totalHours" DECIMAL(6,1) NOT NULL,
    "stars" INTEGER,
    "contributions" TEXT,
    "body" TEXT NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" UUID,

    CONSTRAINT "ThankYouLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reward" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "pointsPrice" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" UUID NOT NULL,
    "rewardId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "status" "RedemptionStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,

    CONSTRAINT "Redemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StarRatingRound_communityId_year_key" ON "StarRatingRound"("communityId", "year");

-- CreateIndex
CREATE INDEX "StarRating_communityId_year_stars_idx" ON "StarRating"("communityId", "year", "stars");

-- CreateIndex
CREATE INDEX "StarRating_memberId_year_idx" ON "StarRating"("memberId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "StarRating_roundId_memberId_key" ON "StarRating"("roundId", "memberId");

-- CreateIndex
CREATE INDEX "RatingObjection_roundId_status_idx" ON "RatingObjection"("roundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ThankYouLetter_serial_key" ON "ThankYouLetter"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "ThankYouLetter_verifyCode_key" ON "ThankYouLetter"("verifyCode");

-- CreateIndex
CREATE INDEX "ThankYouLetter_communityId_year_idx" ON "ThankYouLetter"("communityId", "year");

-- CreateIndex
CREATE INDEX "ThankYouLetter_workUnitId_year_idx" ON "ThankYouLetter"("workUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ThankYouLetter_memberId_year_key" ON "ThankYouLetter"("memberId", "year");

-- CreateIndex
CREATE INDEX "Reward_communityId_archivedAt_idx" ON "Reward"("communityId", "archivedAt");

-- CreateIndex
CREATE INDEX "Redemption_communityId_status_idx" ON "Redemption"("communityId", "status");

-- CreateIndex
CREATE INDEX "Redemption_memberId_idx" ON "Redemption"("memberId");

-- AddForeignKey
ALTER TABLE "CommunitySettings" ADD CONSTRAINT "CommunitySettings_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarRatingRound" ADD CONSTRAINT "StarRatingRound_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarRating" ADD CONSTRAINT "StarRating_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "StarRatingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarRating" ADD CONSTRAINT "StarRating_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingObjection" ADD CONSTRAINT "RatingObjection_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "StarRatingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingObjection" ADD CONSTRAINT "RatingObjection_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThankYouLetter" ADD CONSTRAINT "ThankYouLetter_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThankYouLetter" ADD CONSTRAINT "ThankYouLetter_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThankYouLetter" ADD CONSTRAINT "ThankYouLetter_workUnitId_fkey" FOREIGN KEY ("workUnitId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_rewardId_fkey" FOREIGN KEY ("rewardId") REFERENCES "Reward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Time bank invariants kept by the database
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_stock_not_negative" CHECK ("stock" >= 0);
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_price_positive" CHECK ("pointsPrice" > 0);
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_points_positive" CHECK ("points" > 0);
ALTER TABLE "StarRating" ADD CONSTRAINT "StarRating_stars_range" CHECK ("stars" BETWEEN 0 AND 5);
ALTER TABLE "StarRatingRound" ADD CONSTRAINT "StarRatingRound_weights" CHECK ("pointsWeight" + "peerWeight" + "residentWeight" = 100 AND "pointsWeight" >= 0 AND "peerWeight" >= 0 AND "residentWeight" >= 0);

-- A points balance can never go below zero: every entry that takes points away takes the
-- member's ledger lock (the same key the application uses) and checks the sum first.
CREATE FUNCTION points_entry_balance_guard() RETURNS trigger AS $$
DECLARE balance integer;
BEGIN
  IF NEW.amount < 0 THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('points:' || NEW."memberId", 0));
    SELECT COALESCE(SUM(amount), 0) INTO balance FROM "PointsEntry" WHERE "memberId" = NEW."memberId";
    IF balance + NEW.amount < 0 THEN
      RAISE EXCEPTION 'points balance of member % would go below zero', NEW."memberId" USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "PointsEntry_balance_guard" BEFORE INSERT ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION points_entry_balance_guard();
