-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_feedback" (
    "request_id" TEXT NOT NULL PRIMARY KEY,
    "success" BOOLEAN NOT NULL,
    "quality" REAL NOT NULL,
    "comment" TEXT,
    "api_key_label" TEXT NOT NULL,
    "created_at_ms" BIGINT NOT NULL,
    "updated_at_ms" BIGINT NOT NULL,
    "model_id" TEXT,
    "prompt_hash" TEXT,
    "trainable" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "feedback_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "requests" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill: the rated request's facts, as the feedback service now copies them when rating.
INSERT INTO "new_feedback" ("api_key_label", "comment", "created_at_ms", "quality", "request_id", "success", "updated_at_ms", "model_id", "prompt_hash", "trainable")
SELECT f."api_key_label", f."comment", f."created_at_ms", f."quality", f."request_id", f."success", f."updated_at_ms", r."model_id", r."prompt_hash",
    COALESCE(r."status" = 'success' AND r."model_id" IS NOT NULL AND r."prompt" IS NOT NULL, false)
FROM "feedback" AS f LEFT JOIN "requests" AS r ON r."id" = f."request_id";
DROP TABLE "feedback";
ALTER TABLE "new_feedback" RENAME TO "feedback";
CREATE INDEX "feedback_updated_at_ms_idx" ON "feedback"("updated_at_ms");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
