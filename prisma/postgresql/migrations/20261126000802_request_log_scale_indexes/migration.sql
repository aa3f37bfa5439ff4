-- CreateIndex
CREATE INDEX "latency_buckets_hour_start_ms_bucket_count_idx" ON "latency_buckets"("hour_start_ms", "bucket", "count");

-- CreateIndex
CREATE INDEX "requests_model_id_status_created_at_ms_id_idx" ON "requests"("model_id", "status", "created_at_ms", "id");
