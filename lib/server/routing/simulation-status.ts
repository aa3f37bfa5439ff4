import type { AppServices } from "@/lib/server/app-services";

/** Whether a model's answers would come from the simulator now, and why (for the decision event). */
export function isSimulated(services: Pick<AppServices, "registry" | "resolver">, modelId: string): { simulated: boolean; reason: string | null } {
  const model = services.registry.find(modelId);
  if (!model) return { simulated: false, reason: null };
  try {
    const resolved = services.resolver.resolve(model);
    return { simulated: resolved.simulated, reason: resolved.simulationReason };
  } catch {
    return { simulated: false, reason: null };
  }
}
