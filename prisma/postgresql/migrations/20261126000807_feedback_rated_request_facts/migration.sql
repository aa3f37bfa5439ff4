-- AlterTable
ALTER TABLE "feedback" ADD COLUMN     "model_id" TEXT,
ADD COLUMN     "prompt_hash" TEXT,
ADD COLUMN     "trainable" BOOLEAN NOT NULL DEFAULT false;

-- Backfill: the rated request's facts, as the feedback service now copies them when rating.
UPDATE "feedback" AS f SET "model_id" = r."model_id", "prompt_hash" = r."prompt_hash",
    "trainable" = (r."status" = 'success' AND r."model_id" IS NOT NULL AND r."prompt" IS NOT NULL)
FROM "requests" AS r WHERE r."id" = f."request_id";
