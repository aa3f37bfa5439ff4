import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { utcHourStart } from "@/lib/router/budget/utc-hour";
import { nanoToUsd } from "@/lib/router/cost/money";
import type { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import type { Clock } from "@/lib/router/types";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import type { SettingsStore } from "@/lib/server/settings/settings-store";

// GET /metrics in Prometheus text format (prom-client). Counters and histograms count this
// instance's requests as they are committed (Prometheus sums instances); the budget gauges read the
// shared ledger's snapshot, and circuit gauges this instance's breakers, at scrape time.

const LATENCY_BUCKETS_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128];

export class PrometheusMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<"status" | "model" | "provider" | "endpoint">;
  private readonly errors: Counter<"error_type" | "error_class">;
  private readonly latency: Histogram<"model">;
  private readonly timeToFirstToken: Histogram<"model">;
  private readonly cost: Counter<"model" | "provider">;

  constructor(sources: { budgetStore: SqlBudgetStore; settings: SettingsStore; breaker: CircuitBreakerRegistry; clock: Clock }) {
    const registers = [this.registry];
    this.requests = new Counter({ name: "router_requests_total", help: "Routed requests by outcome.", labelNames: ["status", "model", "provider", "endpoint"], registers });
    this.errors = new Counter({ name: "router_errors_total", help: "Requests that failed or were refused.", labelNames: ["error_type", "error_class"], registers });
    this.latency = new Histogram({ name: "router_request_latency_seconds", help: "End-to-end latency of requests that called a model.", labelNames: ["model"], buckets: LATENCY_BUCKETS_SECONDS, registers });
    this.timeToFirstToken = new Histogram({ name: "router_time_to_first_token_seconds", help: "Streams: time to the first token.", labelNames: ["model"], buckets: LATENCY_BUCKETS_SECONDS, registers });
    this.cost = new Counter({ name: "router_cost_usd_total", help: "Actual cost of requests, USD.", labelNames: ["model", "provider"], registers });
    const ledger = () => sources.budgetStore.hourState(utcHourStart(sources.clock()));
    new Gauge({ name: "router_budget_hourly_usd", help: "The hourly budget, USD.", registers, collect() { this.set(sources.settings.snapshot().budget.hourly_budget); } });
    new Gauge({ name: "router_budget_spent_usd", help: "Spend in the current UTC hour, USD.", registers, collect() { this.set(nanoToUsd(ledger().spentNano)); } });
    new Gauge({ name: "router_budget_reserved_usd", help: "Reserved for calls in flight this hour, USD.", registers, collect() { this.set(nanoToUsd(ledger().reservedNano)); } });
    new Gauge({
      name: "router_circuit_open",
      help: "1 while a model's circuit breaker is open or half-open on this instance.",
      labelNames: ["model"],
      registers,
      collect() {
        this.reset();
        for (const circuit of sources.breaker.snapshot()) this.set({ model: circuit.modelId }, circuit.state === "closed" ? 0 : 1);
      },
    });
  }

  observe(record: RequestRecord): void {
    const model = record.modelId ?? "";
    const provider = record.provider ?? "";
    this.requests.inc({ status: record.status, model, provider, endpoint: record.endpoint });
    if (record.status === "error" || record.status === "rejected") this.errors.inc({ error_type: record.errorType ?? "", error_class: record.errorClass ?? "" });
    if (record.latencyMs !== null && (record.status === "success" || record.status === "error")) this.latency.observe({ model }, record.latencyMs / 1000);
    if (record.timeToFirstTokenMs !== null) this.timeToFirstToken.observe({ model }, record.timeToFirstTokenMs / 1000);
    if (record.actualCostNano) this.cost.inc({ model, provider }, nanoToUsd(record.actualCostNano));
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
