-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'OPEN', 'DECIDED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ConsultationOutcome" AS ENUM ('ADOPTED', 'NOT_ADOPTED');

-- CreateEnum
CREATE TYPE "TeamMembershipStatus" AS ENUM ('APPLIED', 'MEMBER', 'REJECTED', 'LEFT');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "teamId" UUID;

-- CreateTable
CREATE TABLE "CouncilSeat" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "background" TEXT NOT NULL,
    "links" TEXT[],
    "options" TEXT[],
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "openToAll" BOOLEAN NOT NULL DEFAULT false,
    "deadline" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "meetingAt" TIMESTAMP(3),
    "meetingMinutes" TEXT,
    "outcome" "ConsultationOutcome",
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "serviceItemId" UUID,
    "activityId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationInvitation" (
    "consultationId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationInvitation_pkey" PRIMARY KEY ("consultationId","memberId")
);

-- CreateTable
CREATE TABLE "ConsultationOpinion" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "option" INTEGER NOT NULL,
    "reasons" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "leaderMemberId" UUID NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "status" "TeamMembershipStatus" NOT NULL DEFAULT 'APPLIED',
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilSeat_communityId_endsOn_idx" ON "CouncilSeat"("communityId", "endsOn");

-- CreateIndex
CREATE INDEX "CouncilSeat_memberId_idx" ON "CouncilSeat"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_serviceItemId_key" ON "Consultation"("serviceItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_activityId_key" ON "Consultation"("activityId");

-- CreateIndex
CREATE INDEX "Consultation_communityId_status_createdAt_idx" ON "Consultation"("communityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationInvitation_memberId_idx" ON "ConsultationInvitation"("memberId");

-- CreateIndex
CREATE INDEX "ConsultationOpinion_memberId_idx" ON "ConsultationOpinion"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationOpinion_consultationId_memberId_key" ON "ConsultationOpinion"("consultationId", "memberId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_leaderMemberId_idx" ON "VolunteerTeam"("leaderMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeam_communityId_name_key" ON "VolunteerTeam"("communityId", "name");

-- CreateIndex
CREATE INDEX "TeamMembership_memberId_idx" ON "TeamMembership"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMembership_teamId_memberId_key" ON "TeamMembership"("teamId", "memberId");

-- CreateIndex
CREATE INDEX "Activity_teamId_startsAt_idx" ON "Activity"("teamId", "startsAt");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSeat" ADD CONSTRAINT "CouncilSeat_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSeat" ADD CONSTRAINT "CouncilSeat_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_serviceItemId_fkey" FOREIGN KEY ("serviceItemId") REFERENCES "ServiceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInvitation" ADD CONSTRAINT "ConsultationInvitation_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInvitation" ADD CONSTRAINT "ConsultationInvitation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationOpinion" ADD CONSTRAINT "ConsultationOpinion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationOpinion" ADD CONSTRAINT "ConsultationOpinion_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_leaderMemberId_fkey" FOREIGN KEY ("leaderMemberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An adopted proposal becomes exactly one item (docs/decisions/083).
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_one_item" CHECK (num_nonnulls("serviceItemId", "activityId") <= 1);
ALTER TABLE "ConsultationOpinion" ADD CONSTRAINT "ConsultationOpinion_option" CHECK ("option" >= 0);
ALTER TABLE "CouncilSeat" ADD CONSTRAINT "CouncilSeat_term" CHECK ("endsOn" > "startsOn");
