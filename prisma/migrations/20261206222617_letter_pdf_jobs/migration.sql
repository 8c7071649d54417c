-- CreateEnum
CREATE TYPE "LetterPdfJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "LetterPdfJob" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "requestedById" UUID NOT NULL,
    "status" "LetterPdfJobStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "heartbeatAt" TIMESTAMP(3),
    "verifyOrigin" TEXT NOT NULL,
    "fileSize" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LetterPdfJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterPdfChunk" (
    "jobId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "LetterPdfChunk_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateIndex
CREATE INDEX "LetterPdfJob_communityId_year_createdAt_idx" ON "LetterPdfJob"("communityId", "year", "createdAt");

-- CreateIndex
CREATE INDEX "LetterPdfJob_status_heartbeatAt_idx" ON "LetterPdfJob"("status", "heartbeatAt");

-- AddForeignKey
ALTER TABLE "LetterPdfJob" ADD CONSTRAINT "LetterPdfJob_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterPdfChunk" ADD CONSTRAINT "LetterPdfChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "LetterPdfJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
