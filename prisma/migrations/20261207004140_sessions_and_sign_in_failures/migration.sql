/*
  Warnings:

  - You are about to drop the `SignInAttempt` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "SignInAttempt";

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInFailure_lastFailureAt_idx" ON "SignInFailure"("lastFailureAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every way a password changes (the profile form, an SMS reset, an admin, a script) and every
-- disabling ends the person's sessions, whichever code path wrote it (decision 070).
CREATE FUNCTION "end_sessions_on_credential_change"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "Session" WHERE "userId" = NEW."id";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_end_sessions_on_credential_change"
  AFTER UPDATE OF "passwordHash", "disabledAt" ON "User"
  FOR EACH ROW
  WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash"
        OR (NEW."disabledAt" IS NOT NULL AND OLD."disabledAt" IS NULL))
  EXECUTE FUNCTION "end_sessions_on_credential_change"();
