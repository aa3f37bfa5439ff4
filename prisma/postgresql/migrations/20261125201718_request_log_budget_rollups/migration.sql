-- CreateTable
CREATE TABLE "requests" (
    "id" TEXT NOT NULL,
    "created_at_ms" BIGINT NOT NULL,
    "completed_at_ms" BIGINT,
    "endpoint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "stream" BOOLEAN NOT NULL DEFAULT false,
    "api_key_label" TEXT NOT NULL,
    "prompt" TEXT,
    "system_prompt" TEXT,
    "prompt_hash" TEXT NOT NULL,
    "prompt_chars" INTEGER NOT NULL,
    "response" TEXT,
    "response_chars" INTEGER,
    "complexity" TEXT,
    "task_type" TEXT,
    "confidence" DOUBLE PRECISION,
    "classifier" TEXT,
    "classification" JSONB,
    "policy" TEXT,
    "policy_variant" TEXT,
    "chosen_model_id" TEXT,
    "model_id" TEXT,
    "provider" TEXT,
    "reason" TEXT,
    "decision" JSONB,
    "estimated_cost_nano" BIGINT,
    "actual_cost_nano" BIGINT,
    "cost_estimated" BOOLEAN NOT NULL DEFAULT false,
    "counterfactual_cost_nano" BIGINT,
    "input_tokens" INTEGER,
    "cached_input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "latency_ms" INTEGER,
    "time_to_first_token_ms" INTEGER,
    "error_type" TEXT,
    "error_class" TEXT,
    "error_message" TEXT,
    "explored" BOOLEAN NOT NULL DEFAULT false,
    "propensity" DOUBLE PRECISION,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "fallback_used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attempts" (
    "request_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "model_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "http_status" INTEGER,
    "error_class" TEXT,
    "error_message" TEXT,
    "started_at_ms" BIGINT NOT NULL,
    "latency_ms" INTEGER NOT NULL,
    "input_tokens" INTEGER,
    "cached_input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "cost_nano" BIGINT,
    "cost_estimated" BOOLEAN NOT NULL DEFAULT false,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "retry_delay_ms" INTEGER,

    CONSTRAINT "attempts_pkey" PRIMARY KEY ("request_id","position")
);

-- CreateTable
CREATE TABLE "feedback" (
    "request_id" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "quality" DOUBLE PRECISION NOT NULL,
    "comment" TEXT,
    "api_key_label" TEXT NOT NULL,
    "created_at_ms" BIGINT NOT NULL,
    "updated_at_ms" BIGINT NOT NULL,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("request_id")
);

-- CreateTable
CREATE TABLE "hourly_spend" (
    "hour_start_ms" BIGINT NOT NULL,
    "spent_nano" BIGINT NOT NULL DEFAULT 0,
    "reserved_nano" BIGINT NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "updated_at_ms" BIGINT NOT NULL,

    CONSTRAINT "hourly_spend_pkey" PRIMARY KEY ("hour_start_ms")
);

-- CreateTable
CREATE TABLE "budget_reservations" (
    "id" TEXT NOT NULL,
    "hour_start_ms" BIGINT NOT NULL,
    "amount_nano" BIGINT NOT NULL,
    "created_at_ms" BIGINT NOT NULL,
    "settled_at_ms" BIGINT,
    "actual_nano" BIGINT,

    CONSTRAINT "budget_reservations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adaptive_stats" (
    "complexity" TEXT NOT NULL,
    "task_type" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "decisions" INTEGER NOT NULL DEFAULT 0,
    "explorations" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "latency_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "cost_nano_sum" BIGINT NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "quality_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "anchor_ms" BIGINT NOT NULL,
    "decayed_requests" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "decayed_successes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "decayed_ratings" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "decayed_quality_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updated_at_ms" BIGINT NOT NULL,

    CONSTRAINT "adaptive_stats_pkey" PRIMARY KEY ("complexity","task_type","model_id")
);

-- CreateTable
CREATE TABLE "output_token_stats" (
    "task_type" TEXT NOT NULL,
    "complexity" TEXT NOT NULL,
    "observations" INTEGER NOT NULL DEFAULT 0,
    "tokens_sum" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "output_token_stats_pkey" PRIMARY KEY ("task_type","complexity")
);

-- CreateTable
CREATE TABLE "request_rollups" (
    "hour_start_ms" BIGINT NOT NULL,
    "model_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "routed_only" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "explored" INTEGER NOT NULL DEFAULT 0,
    "simulated" INTEGER NOT NULL DEFAULT 0,
    "fallbacks" INTEGER NOT NULL DEFAULT 0,
    "cost_nano" BIGINT NOT NULL DEFAULT 0,
    "counterfactual_cost_nano" BIGINT NOT NULL DEFAULT 0,
    "latency_ms_sum" BIGINT NOT NULL DEFAULT 0,
    "latency_count" INTEGER NOT NULL DEFAULT 0,
    "input_tokens" BIGINT NOT NULL DEFAULT 0,
    "cached_input_tokens" BIGINT NOT NULL DEFAULT 0,
    "output_tokens" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "request_rollups_pkey" PRIMARY KEY ("hour_start_ms","model_id","provider")
);

-- CreateTable
CREATE TABLE "latency_buckets" (
    "hour_start_ms" BIGINT NOT NULL,
    "model_id" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "latency_buckets_pkey" PRIMARY KEY ("hour_start_ms","model_id","bucket")
);

-- CreateTable
CREATE TABLE "cache_versions" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at_ms" BIGINT NOT NULL,

    CONSTRAINT "cache_versions_pkey" PRIMARY KEY ("scope")
);

-- CreateIndex
CREATE INDEX "requests_created_at_ms_id_idx" ON "requests"("created_at_ms", "id");

-- CreateIndex
CREATE INDEX "requests_status_created_at_ms_id_idx" ON "requests"("status", "created_at_ms", "id");

-- CreateIndex
CREATE INDEX "requests_model_id_created_at_ms_id_idx" ON "requests"("model_id", "created_at_ms", "id");

-- CreateIndex
CREATE INDEX "requests_task_type_created_at_ms_id_idx" ON "requests"("task_type", "created_at_ms", "id");

-- CreateIndex
CREATE INDEX "feedback_updated_at_ms_idx" ON "feedback"("updated_at_ms");

-- CreateIndex
CREATE INDEX "budget_reservations_settled_at_ms_created_at_ms_idx" ON "budget_reservations"("settled_at_ms", "created_at_ms");

-- AddForeignKey
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
