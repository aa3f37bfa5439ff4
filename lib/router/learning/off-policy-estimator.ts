// Off-policy evaluation: how would another policy have done on traffic the router already served?
// Each logged decision carries the propensity with which the logging policy chose its model and
// the reward observed (a quality rating, or 1/0 success). With target probability π(a|x):
//   IPS   = (1/n) Σ r·π/p                      unbiased, high variance
//   SNIPS = Σ r·π/p ÷ Σ π/p                    self-normalised: slightly biased, far steadier
// The effective sample size (Σw)² / Σw² says how many logged decisions the estimate really rests on;
// when it is small, the target policy rarely agrees with what was logged and the estimate is weak.

export interface LoggedDecision<Context = unknown> {
  chosenModelId: string;
  /** Probability with which the logging policy chose it, in (0, 1]. */
  propensity: number;
  reward: number;
  context: Context;
}

export interface OffPolicyInput<Context> {
  logs: readonly LoggedDecision<Context>[];
  /** π(logged model | context) under the policy being evaluated. */
  targetProbability: (log: LoggedDecision<Context>) => number;
  /** Caps importance weights (clipped IPS) to bound variance; no cap by default. */
  maxWeight?: number;
}

export interface OffPolicyEstimate {
  samples: number;
  ips: number;
  snips: number;
  effectiveSampleSize: number;
  /** Logged decisions the target policy could have made (π > 0). */
  supported: number;
}

export function estimateOffPolicy<Context>({ logs, targetProbability, maxWeight }: OffPolicyInput<Context>): OffPolicyEstimate {
  let weightedReward = 0;
  let weightSum = 0;
  let weightSquares = 0;
  let supported = 0;
  for (const log of logs) {
    if (!(log.propensity > 0 && log.propensity <= 1)) throw new RangeError(`propensity must be in (0, 1], got ${log.propensity}`);
    const target = targetProbability(log);
    if (target > 0) supported++;
    const weight = Math.min(target / log.propensity, maxWeight ?? Number.POSITIVE_INFINITY);
    weightedReward += weight * log.reward;
    weightSum += weight;
    weightSquares += weight * weight;
  }
  return {
    samples: logs.length,
    ips: logs.length > 0 ? weightedReward / logs.length : 0,
    snips: weightSum > 0 ? weightedReward / weightSum : 0,
    effectiveSampleSize: weightSquares > 0 ? (weightSum * weightSum) / weightSquares : 0,
    supported,
  };
}
