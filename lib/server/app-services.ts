import { log as writeLog } from "@/lib/server/log";
import { randomUUID } from "node:crypto";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import type { CircuitBreakerOptionsInput } from "@/lib/router/execute/circuit-breaker-options";
import { createCompletionPort } from "@/lib/router/execute/completion-port";
import type { ExecutionPolicyInput } from "@/lib/router/execute/execution-policy";
import { createExecutor, type Executor } from "@/lib/router/execute/executor";
import type { Sleep } from "@/lib/router/providers/sleep";
import type { Router } from "@/lib/router/router";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { Clock, RandomSource } from "@/lib/router/types";
import { providerCredentials, type Env } from "@/lib/env";
import { SqlBudgetStore } from "./budget/sql-budget-store";
import { FeedbackService } from "./feedback/feedback-service";
import { LearnedRouterHolder } from "./learned/learned-router-holder";
import { SqlOutputTokenHistory } from "./learning/sql-output-token-history";
import { SqlAdaptiveStatsStore } from "./learning/sql-stats-store";
import { PrometheusMetrics } from "./metrics/prometheus-metrics";
import { ProviderService } from "./registry/provider-service";
import { RegistryService } from "./registry/registry-service";
import { SqlRegistry } from "./registry/sql-registry";
import { RequestWriter } from "./requests/request-writer";
import { StaleRequestSweeper } from "./requests/stale-request-sweeper";
import { ClassifierSet } from "./routing/classifier-set";
import type { CompletionDependencies } from "./routing/execute-routed";
import { meteredCompletionPort } from "./routing/metered-completion-port";
import { buildRouter } from "./routing/router-factory";
import { RouteDecider } from "./routing/route-service";
import { SwappableResolver } from "./routing/swappable-resolver";
import { DEFAULT_ROUTING_SETTINGS, halfLifeMsOf } from "./settings/settings-schemas";
import { SettingsStore, type SettingsSnapshot } from "./settings/settings-store";
import { openSqlClient } from "./sql/open-sql-client";
import type { SqlClient } from "./sql/sql-client";
import { SharedStateSync } from "./sync/shared-state-sync";
import { unwrappedFetch } from "@/lib/server/http/unwrapped-fetch";

// Everything the route handlers (and the console's server components) use, wired once per
// process: the raw-SQL client, the shared stores, the router core, the execution layer and the
// services on top. Every dependency that makes behaviour nondeterministic (clock, randomness,
// sleep, credentials, simulator) can be injected, which the integration tests do.

export interface AppServicesOptions {
  env: Env;
  clock?: Clock;
  random?: RandomSource;
  sleep?: Sleep;
  /** Where custom providers' key variables are read from (process.env by default). */
  credentialSource?: Record<string, string | undefined>;
  executionPolicy?: ExecutionPolicyInput;
  circuitBreaker?: CircuitBreakerOptionsInput;
  /** How often shared state is re-read from the database; 0 turns the background refresh off. */
  refreshIntervalMs?: number;
  log?: (message: string) => void;
}

export interface AppServices {
  readonly env: Env;
  readonly sql: SqlClient;
  readonly clock: Clock;
  readonly registry: SqlRegistry;
  readonly registryService: RegistryService;
  readonly providers: ProviderService;
  readonly settings: SettingsStore;
  readonly budgetStore: SqlBudgetStore;
  readonly stats: SqlAdaptiveStatsStore;
  readonly outputHistory: SqlOutputTokenHistory;
  readonly breaker: CircuitBreakerRegistry;
  readonly executor: Executor;
  readonly decider: RouteDecider;
  readonly completion: CompletionDependencies;
  readonly feedback: FeedbackService;
  readonly prometheus: PrometheusMetrics;
  readonly sync: SharedStateSync;
  readonly resolver: SwappableResolver;
  /** The learned policy's predictor and its artefact; undefined when no artefact could be loaded. */
  readonly learned: LearnedRouterHolder | undefined;
  /** The router for the current settings (rebuilt when they change). */
  router(): Router;
  /** Policies available on this instance (learned only with a trained artefact). */
  policyNames(): string[];
  close(): Promise<void>;
}

const DEFAULT_REFRESH_MS = 1_000;

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { env } = options;
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const log = options.log ?? ((message: string) => writeLog("warn", message));
  const sqlClient = await openSqlClient(env.DATABASE_URL);
  const registry = new SqlRegistry(sqlClient);
  const settings = new SettingsStore(sqlClient, clock);
  const budgetStore = new SqlBudgetStore(sqlClient, clock);
  const stats = new SqlAdaptiveStatsStore(sqlClient, clock, halfLifeMsOf(DEFAULT_ROUTING_SETTINGS));
  const outputHistory = new SqlOutputTokenHistory(sqlClient);
  const breaker = new CircuitBreakerRegistry({ clock, options: options.circuitBreaker });
  const resolver = new SwappableResolver(registry, {
    credentials: providerCredentials(env, options.credentialSource),
    requireCredentials: !env.SIMULATE_WITHOUT_KEYS,
    simulator: { seed: env.SIMULATOR_SEED, latencyScale: env.SIMULATOR_LATENCY_SCALE, faults: { errorRate: env.SIMULATOR_ERROR_RATE } },
    sleep: options.sleep,
    now: clock,
    fetch: unwrappedFetch,
  });
  const executor = createExecutor({ resolver, breaker, clock, random, sleep: options.sleep, policy: options.executionPolicy });
  const tokens = new TokenEstimator({ history: outputHistory });
  const classifiers = new ClassifierSet({
    countTokens: (text) => tokens.countText(text),
    completion: meteredCompletionPort({ port: createCompletionPort({ executor, findModel: (id) => registry.find(id) }), sqlClient, budgetStore, clock }),
  });
  const predictor = LearnedRouterHolder.open({ configuredPath: env.LEARNED_ROUTER_ARTIFACT, clock, log });
  const prometheus = new PrometheusMetrics({ budgetStore, settings, breaker, clock });
  const writer = new RequestWriter({ sqlClient, budgetStore, stats, outputHistory, clock, onCommitted: (record) => prometheus.observe(record) });
  const sweeper = new StaleRequestSweeper(sqlClient, clock, Math.max(5 * 60_000, 2 * executor.policy.timeoutMs));
  const refreshIntervalMs = options.refreshIntervalMs ?? DEFAULT_REFRESH_MS;
  const sync = new SharedStateSync({ sqlClient, registry, settings, budgetStore, stats, outputHistory, sweeper, intervalMs: refreshIntervalMs || DEFAULT_REFRESH_MS, log });

  let cached: { settings: SettingsSnapshot; router: Router } | undefined;
  const router = () => {
    const current = settings.snapshot();
    if (cached?.settings !== current) {
      cached = { settings: current, router: buildRouter(current, { registry, classifier: classifiers.rules, stats, outputHistory, budgetStore, circuits: breaker, tokens, clock, random, predictor }) };
    }
    return cached.router;
  };

  try {
    await sync.loadAll();
  } catch (error) {
    await sqlClient.close();
    throw error;
  }
  if (refreshIntervalMs > 0) sync.start();

  const decider = new RouteDecider({ registry, settings, classifiers, router, tokens, budgetStore, writer, clock, storePrompts: env.STORE_PROMPTS, newId: randomUUID });
  return {
    env,
    sql: sqlClient,
    clock,
    registry,
    registryService: new RegistryService(sqlClient, registry, clock),
    providers: new ProviderService(sqlClient, registry, () => resolver, clock),
    settings,
    budgetStore,
    stats,
    outputHistory,
    breaker,
    executor,
    decider,
    completion: { executor, writer, clock, recordContext: () => decider.recordContext() },
    feedback: new FeedbackService(sqlClient, stats, clock),
    prometheus,
    sync,
    resolver,
    learned: predictor,
    router,
    policyNames: () => router().policyNames(),
    async close() {
      await sync.stop();
      await sqlClient.close();
    },
  };
}

