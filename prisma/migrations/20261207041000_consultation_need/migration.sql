-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "needId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_needId_key" ON "Consultation"("needId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- An adopted proposal becomes exactly one item: a menu item, an activity or a need (docs/decisions/083).
ALTER TABLE "Consultation" DROP CONSTRAINT "Consultation_one_item";
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_one_item" CHECK (num_nonnulls("serviceItemId", "activityId", "needId") <= 1);
