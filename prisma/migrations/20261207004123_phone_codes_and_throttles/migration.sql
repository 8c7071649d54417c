-- CreateEnum
CREATE TYPE "PhoneCodePurpose" AS ENUM ('REGISTER', 'RESET');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPLIED', 'DISMISSED');

-- CreateTable
CREATE TABLE "PhoneCode" (
    "id" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "purpose" "PhoneCodePurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhoneCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOutbox" (
    "id" BIGSERIAL NOT NULL,
    "phone" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThrottleHit" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThrottleHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberChangeRequest" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "proposedById" UUID NOT NULL,
    "changes" JSONB NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PhoneCode_phone_purpose_createdAt_idx" ON "PhoneCode"("phone", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "PhoneCode_createdAt_idx" ON "PhoneCode"("createdAt");

-- CreateIndex
CREATE INDEX "SmsOutbox_createdAt_idx" ON "SmsOutbox"("createdAt");

-- CreateIndex
CREATE INDEX "ThrottleHit_bucket_key_createdAt_idx" ON "ThrottleHit"("bucket", "key", "createdAt");

-- CreateIndex
CREATE INDEX "ThrottleHit_createdAt_idx" ON "ThrottleHit"("createdAt");

-- CreateIndex
CREATE INDEX "MemberChangeRequest_communityId_status_createdAt_idx" ON "MemberChangeRequest"("communityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "MemberChangeRequest_memberId_status_idx" ON "MemberChangeRequest"("memberId", "status");

-- AddForeignKey
ALTER TABLE "MemberChangeRequest" ADD CONSTRAINT "MemberChangeRequest_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
