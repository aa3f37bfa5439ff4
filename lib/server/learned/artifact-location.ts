import { existsSync } from "node:fs";
import path from "node:path";

// Where the learned policy's artefact comes from, first match wins:
// 1. LEARNED_ROUTER_ARTIFACT, when set;
// 2. data/learned-router.json, written by `npm run learned:retrain` from this app's own ratings;
// 3. the shipped artefact trained on RouterBench (registry models are mapped onto its models by quality rank).

export const RATINGS_ARTIFACT_PATH = "data/learned-router.json";
export const SHIPPED_ARTIFACT_PATH = "lib/router/learned/artifacts/routerbench.json";

export interface ArtifactLocation {
  file: string;
  origin: "configured" | "ratings" | "shipped";
}

export function locateArtifact(configuredPath: string | undefined, root: string = process.cwd()): ArtifactLocation | undefined {
  // Run-time paths (settings), not bundled assets: keep the bundler from tracing them.
  if (configuredPath) return { file: path.resolve(/* turbopackIgnore: true */ root, configuredPath), origin: "configured" };
  const fromRatings = path.resolve(/* turbopackIgnore: true */ root, RATINGS_ARTIFACT_PATH);
  if (existsSync(fromRatings)) return { file: fromRatings, origin: "ratings" };
  const shipped = path.resolve(/* turbopackIgnore: true */ root, SHIPPED_ARTIFACT_PATH);
  return existsSync(shipped) ? { file: shipped, origin: "shipped" } : undefined;
}
