import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { qualityRouterArtifactSchema, type QualityRouterArtifact } from "@/lib/router/learned/artifact/artifact-schema";
import { modelFromArtifact } from "@/lib/router/learned/artifact/artifact-io";
import { LearnedQualityPredictor } from "@/lib/router/learned/predictor/learned-quality-predictor";
import type { Clock, ModelSpec, QualityPredictionInput, QualityPredictor } from "@/lib/router/types";
import { locateArtifact, type ArtifactLocation } from "./artifact-location";

// The learned policy's QualityPredictor, backed by a trained artefact that can change while the app
// runs: `npm run learned:retrain` writes a new one, and within RELOAD_CHECK_MS every instance that
// reads the same file picks it up (a cheap mtime check, at most once per interval, on the request
// path). The router keeps this one object; only the model behind it is swapped.

export const RELOAD_CHECK_MS = 10_000;

export interface LoadedArtifact {
  location: ArtifactLocation;
  mtimeMs: number;
  artifact: QualityRouterArtifact;
  predictor: LearnedQualityPredictor;
}

function load(location: ArtifactLocation): LoadedArtifact {
  const mtimeMs = statSync(location.file).mtimeMs;
  const artifact = qualityRouterArtifactSchema.parse(JSON.parse(readFileSync(location.file, "utf8")));
  const model = modelFromArtifact(artifact);
  if (model.needsEmbedding) throw new Error("it needs remote embeddings, which this app does not configure");
  const predictor = new LearnedQualityPredictor({ model, id: `learned:${path.basename(location.file, ".json")}` });
  return { location, mtimeMs, artifact, predictor };
}

export class LearnedRouterHolder implements QualityPredictor {
  private current: LoadedArtifact;
  private checkedAt: number;

  private constructor(
    loaded: LoadedArtifact,
    private readonly options: { configuredPath: string | undefined; clock: Clock; log: (message: string) => void },
  ) {
    this.current = loaded;
    this.checkedAt = options.clock();
  }

  /** Undefined when no artefact can be loaded: the learned policy is then not offered. */
  static open(options: { configuredPath: string | undefined; clock: Clock; log: (message: string) => void }): LearnedRouterHolder | undefined {
    const location = locateArtifact(options.configuredPath);
    if (!location) return undefined;
    try {
      return new LearnedRouterHolder(load(location), options);
    } catch (error) {
      options.log(`could not load the learned router from ${location.file} (${describe(error)}); the learned policy is off`);
      return undefined;
    }
  }

  get id(): string {
    return this.current.predictor.id;
  }

  get loaded(): LoadedArtifact {
    this.reloadIfChanged();
    return this.current;
  }

  mappingFor(models: readonly ModelSpec[]): ReadonlyMap<string, string> {
    return this.loaded.predictor.mappingFor(models);
  }

  predict(input: QualityPredictionInput): ReturnType<QualityPredictor["predict"]> {
    return this.loaded.predictor.predict(input);
  }

  /** Re-reads the artefact when its file (or the file that should be used) changed; keeps the old one on failure. */
  reloadIfChanged(): void {
    const now = this.options.clock();
    if (now - this.checkedAt < RELOAD_CHECK_MS) return;
    this.checkedAt = now;
    const location = locateArtifact(this.options.configuredPath);
    if (!location) return;
    try {
      const unchanged = location.file === this.current.location.file && statSync(location.file).mtimeMs === this.current.mtimeMs;
      if (unchanged) return;
      this.current = load(location);
      this.options.log(`loaded the learned router from ${location.file}`);
    } catch (error) {
      this.options.log(`kept the current learned router: ${location.file} could not be loaded (${describe(error)})`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : "error";
}
