import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { modelFromArtifact } from "@/lib/router/learned/artifact/artifact-io";
import { LearnedQualityPredictor } from "@/lib/router/learned/predictor/learned-quality-predictor";
import type { QualityPredictor } from "@/lib/router/types";

// The learned policy's quality predictor, from a trained artefact (npm run train:router). Without
// one the `learned` policy is simply not offered (a request naming it gets a 422 saying so).

export const DEFAULT_ARTIFACT_PATH = "lib/router/learned/artifacts/routerbench.json";

export function loadPredictor(options: { artifactPath: string | undefined; log: (message: string) => void }): QualityPredictor | undefined {
  // A run-time path (an environment setting), not a bundled asset: keep the bundler from tracing it.
  const file = path.resolve(/* turbopackIgnore: true */ options.artifactPath ?? DEFAULT_ARTIFACT_PATH);
  if (!existsSync(file)) {
    if (options.artifactPath) options.log(`LEARNED_ROUTER_ARTIFACT ${file} does not exist; the learned policy is off`);
    return undefined;
  }
  try {
    const model = modelFromArtifact(JSON.parse(readFileSync(file, "utf8")));
    if (model.needsEmbedding) {
      options.log(`${file} needs remote embeddings; the learned policy is off`);
      return undefined;
    }
    return new LearnedQualityPredictor({ model, id: `learned:${path.basename(file, ".json")}` });
  } catch (error) {
    options.log(`could not load ${file} (${error instanceof Error ? error.message : "error"}); the learned policy is off`);
    return undefined;
  }
}
