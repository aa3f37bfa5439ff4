import type { PerformanceRow } from "@/lib/schemas/performance";
import type { ExplanationEntry, RouteResponse } from "@/lib/schemas/route";

// Wire-format objects shaped exactly like the API's schemas, for the console's pure helpers.

export function explanationEntry(overrides: Partial<ExplanationEntry> = {}): ExplanationEntry {
  return {
    model: "gpt-4o-mini",
    provider: "openai",
    quality_score: 0.85,
    status: "eligible",
    rank: 1,
    exclusion_reason: null,
    exclusion_reasons: [],
    detail: null,
    estimated_cost: 0.0001,
    estimated_latency_ms: 800,
    estimated_input_tokens: 20,
    estimated_output_tokens: 200,
    ...overrides,
  };
}

export function routeResponse(overrides: Partial<RouteResponse> = {}): RouteResponse {
  return {
    request_id: "req_1",
    status: "success",
    model: "gpt-4o-mini",
    provider: "openai",
    provider_model: "gpt-4o-mini",
    chosen_model: "gpt-4o-mini",
    complexity: "simple",
    task_type: "qa",
    confidence: 0.8,
    classifier: "rules",
    policy: "static",
    reason: "Cheapest eligible model.",
    min_quality: 0.7,
    estimated_cost: 0.0001,
    estimated_latency_ms: 800,
    response: "Paris.",
    actual_cost: 0.00009,
    cost_estimated: false,
    latency_ms: 640,
    time_to_first_token_ms: 120,
    usage: { input_tokens: 20, cached_input_tokens: 0, output_tokens: 3 },
    explored: false,
    propensity: 1,
    simulated: true,
    simulation_reason: "no OPENAI_API_KEY",
    fallback_used: false,
    attempts: [],
    explanation: [explanationEntry({ status: "chosen", rank: 0 })],
    relaxed: [],
    budget: null,
    features: { characters: 30, words: 6, estimatedTokens: 8, questionMarks: 1, codeBlocks: 0, signals: [] },
    error: null,
    ...overrides,
  };
}

export function performanceRow(overrides: Partial<PerformanceRow> = {}): PerformanceRow {
  return {
    complexity: "simple",
    task_type: "qa",
    model: "gpt-4o-mini",
    decisions: 10,
    explorations: 1,
    exploration_share: 0.1,
    requests: 10,
    success_rate: 0.9,
    avg_latency_ms: 700,
    ratings: 4,
    avg_quality: 0.8,
    decayed_quality: 0.82,
    total_cost: 0.002,
    ...overrides,
  };
}
