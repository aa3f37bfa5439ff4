import type { Classification } from "@/lib/router/types";
import { classifyBodySchema, type ClassifyResponse } from "@/lib/schemas/classify";
import type { ApiContext } from "@/lib/server/http/with-api";
import { jsonResponse } from "@/lib/server/http/with-api";

// POST /v1/classify: classification alone, nothing recorded. The body is { prompt, classifier? };
// as in the design sketch, ?prompt=…&classifier=… in the query string works too (and wins).

function classificationToWire(classification: Classification): ClassifyResponse {
  return {
    complexity: classification.complexity,
    task_type: classification.taskType,
    confidence: classification.confidence,
    classifier: classification.classifier,
    features: classification.features,
    stages: (classification.stages ?? []).map((stage) => ({
      classifier: stage.classifier,
      decided: stage.decided,
      complexity: stage.complexity ?? null,
      task_type: stage.taskType ?? null,
      confidence: stage.confidence ?? null,
      error: stage.error ?? null,
    })),
    fallback_reason: classification.fallbackReason ?? null,
  };
}

export async function classifyEndpoint(context: ApiContext<Record<string, never>>): Promise<Response> {
  const fromQuery = context.url.searchParams.has("prompt");
  const body = fromQuery ? context.query(classifyBodySchema) : await context.json(classifyBodySchema);
  const classification = await context.services.decider.classify(body.prompt, body.classifier, context.request.signal);
  return jsonResponse(classificationToWire(classification));
}
