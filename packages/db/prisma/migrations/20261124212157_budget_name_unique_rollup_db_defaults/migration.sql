-- AlterTable
ALTER TABLE "UsageRollup" ALTER COLUMN "id" SET DEFAULT gen_random_uuid(),
ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "Budget_orgId_name_key" ON "Budget"("orgId", "name");
