import { routeConstraintsSchema } from "@/lib/router/select/route-constraints";
import type { ChatMessage } from "@/lib/router/providers/adapter";
import { routeBodySchema, type RouteBody } from "@/lib/schemas/route";
import type { ApiContext } from "@/lib/server/http/with-api";
import { jsonResponse } from "@/lib/server/http/with-api";
import { executeRouted, finishRoutedOnly } from "@/lib/server/routing/execute-routed";
import type { Caller, RouteInput } from "@/lib/server/routing/route-input";
import { routeResponse } from "@/lib/server/routing/route-response";
import { streamRouteResponse } from "./route-stream-endpoint";

// POST /v1/route: classify, decide, then (unless execute is false) call the chosen model with
// fallbacks, record everything in one transaction and answer: JSON, or Server-Sent Events when
// stream is true. A request whose every model failed answers 502 with the full RouteResponse
// (status "error"), which is also a valid error body.

function routeInputFromBody(body: RouteBody, caller: Caller, signal: AbortSignal): RouteInput {
  const messages: ChatMessage[] = [
    ...(body.system_prompt ? [{ role: "system" as const, content: body.system_prompt }] : []),
    { role: "user", content: body.prompt },
  ];
  return {
    endpoint: "route",
    prompt: body.prompt,
    systemPrompt: body.system_prompt ?? null,
    messages,
    constraints: body.constraints ? routeConstraintsSchema.parse(body.constraints) : undefined,
    classifier: body.classifier,
    policy: body.policy,
    execute: body.execute,
    stream: body.stream && body.execute,
    maxOutputTokens: body.max_tokens,
    fallbackChain: body.fallback_chain,
    caller,
    signal,
  };
}

export async function routeEndpoint(context: ApiContext<Record<string, never>>): Promise<Response> {
  const body = await context.json(routeBodySchema);
  const abort = new AbortController();
  const signal = AbortSignal.any([context.request.signal, abort.signal]);
  const input = routeInputFromBody(body, context.caller, signal);
  const { services } = context;
  const routed = await services.decider.decide(input);
  if (input.stream) return streamRouteResponse({ routed, services, abort });
  const finished = input.execute ? await executeRouted(routed, services.completion) : await finishRoutedOnly(routed, services.completion);
  const response = routeResponse({ decision: routed.decision, record: finished.record, result: finished.result });
  return jsonResponse(response, { status: response.status === "error" ? 502 : 200, headers: { "x-router-request-id": response.request_id } });
}
