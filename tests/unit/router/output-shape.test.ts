import { describe, expect, it } from "vitest";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import { StaticPolicy } from "@/lib/router/policies/static-policy";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { estimateModels } from "@/lib/router/select/estimate-models";
import { selectRoute } from "@/lib/router/select/select-route";
import { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import { T0 } from "./helpers";

// Features and explanations are built field by field (no object spreads, for speed); the API and
// the stored decisions serialise them as JSON, so their keys must keep the order they had.

describe("decision output key order", () => {
  it("lists a classification's features as before", () => {
    const { features } = new RuleClassifier().classifySync("Why? Explain it.\n```js\nlet x = 1;\n```");
    expect(Object.keys(features)).toEqual(["characters", "words", "estimatedTokens", "questionMarks", "codeBlocks", "signals"]);
  });

  it("lists each model's explanation fields as before, for chosen, eligible and excluded models", () => {
    const classifier = new RuleClassifier();
    const prompt = "Analyze the trade-offs of this design.";
    const classification = classifier.classifySync(prompt);
    const estimates = estimateModels({ models: DEFAULT_MODELS, request: { prompt }, classification, tokens: new TokenEstimator() });
    const { explanation } = selectRoute({
      models: DEFAULT_MODELS,
      estimates,
      classification,
      policy: new StaticPolicy(),
      random: () => 0.5,
      now: T0,
    });
    // An explanation carries every field of the model's estimate, in the estimate's order.
    const estimateKeys = Object.keys(estimates[0]!);
    expect(estimateKeys).toEqual(["inputTokens", "outputTokens", "costNano", "costUsd", "worstCaseOutputTokens", "worstCaseCostNano", "latencyMs"]);
    const common = ["modelId", "provider", "qualityScore", ...estimateKeys, "status", "exclusionReasons"];
    const byStatus = new Map(explanation.map((entry) => [entry.status, entry]));
    expect([...byStatus.keys()].sort()).toEqual(["chosen", "eligible", "excluded"]);
    expect(Object.keys(byStatus.get("chosen")!)).toEqual([...common, "rank"]);
    expect(Object.keys(byStatus.get("eligible")!)).toEqual([...common, "rank"]);
    expect(Object.keys(byStatus.get("excluded")!)).toEqual([...common, "exclusionReason", "detail"]);
  });
});
