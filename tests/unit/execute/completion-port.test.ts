import { describe, expect, it } from "vitest";
import { CircuitBreakerRegistry } from "@/lib/router/execute/circuit-breaker";
import { createCompletionPort } from "@/lib/router/execute/completion-port";
import { createExecutor } from "@/lib/router/execute/executor";
import { ManualClock } from "@/tests/fakes/manual-clock";
import { ScriptedAdapter } from "@/tests/fakes/scripted-adapter";
import { testModel } from "@/tests/fakes/test-models";

const model = testModel({ id: "gpt-4o-mini" });

function port(adapter: ScriptedAdapter) {
  const clock = new ManualClock();
  const executor = createExecutor({
    resolver: { resolve: () => ({ providerId: "openai", adapter, simulated: false, simulationReason: null }) },
    breaker: new CircuitBreakerRegistry({ clock: clock.now }),
    clock: clock.now,
    sleep: clock.sleep,
  });
  return createCompletionPort({ executor, findModel: (modelId) => (modelId === model.id ? model : undefined) });
}

describe("completion port for the LLM classifier", () => {
  it("completes by registry id", async () => {
    const result = await port(new ScriptedAdapter("openai", [{ kind: "reply", text: '{"complexity":"simple"}' }])).complete({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "classify" }],
      timeoutMs: 1000,
    });
    expect(result).toMatchObject({ text: '{"complexity":"simple"}', modelId: "gpt-4o-mini" });
  });

  it("rejects an unknown model id as not_configured", async () => {
    await expect(port(new ScriptedAdapter("openai")).complete({ model: "nope", messages: [], timeoutMs: 1000 })).rejects.toMatchObject({ errorClass: "not_configured" });
  });

  it("gives up within the caller's timeout", async () => {
    const hanging = new ScriptedAdapter("openai", [{ kind: "hang" }, { kind: "hang" }, { kind: "hang" }]);
    await expect(port(hanging).complete({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], timeoutMs: 60 })).rejects.toMatchObject({ errorClass: "timeout" });
  });
});
