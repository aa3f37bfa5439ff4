// Public API of the learned router (issue 7). The router's `learned` policy consumes a
// QualityPredictor (lib/router/types.ts); LearnedQualityPredictor implements it over a model
// trained here, from benchmark files or from the app's own rated requests.

// Training data
export { parseBenchmarkJsonl, BenchmarkFileError } from "./data/parse-benchmark";
export type { BenchmarkDataset, BenchmarkRow } from "./data/benchmark-types";
export { splitById, isHeldOut } from "./data/split-by-id";
export type { SplitOptions } from "./data/split-by-id";
export { tableFromDataset, tableFromRatings, ratedExampleSchema } from "./train/quality-table";
export type { QualityTable, RatedExample } from "./train/quality-table";

// Training and artefacts
export { trainQualityRouter, crossFit, DEFAULT_TRAIN_OPTIONS } from "./train/train-quality-router";
export type { TrainOptions, TrainingReport } from "./train/train-quality-router";
export { calibrateLogits, calibrationKeys, CALIBRATION_MODES } from "./calibrate/calibration";
export type { Calibration, CalibrationMode } from "./calibrate/calibration";
export { fitCalibration } from "./calibrate/fit-calibration";
export { selectCalibration, CALIBRATION_CANDIDATES } from "./calibrate/select-calibration";
export { promptFormat } from "./features/prompt-format";
export { artifactFromModel, modelFromArtifact, InvalidArtifactError } from "./artifact/artifact-io";
export { qualityRouterArtifactSchema, ARTIFACT_FORMAT, ARTIFACT_VERSION } from "./artifact/artifact-schema";
export type { QualityRouterArtifact } from "./artifact/artifact-schema";

// Prediction and the product port
export { LearnedQualityModel } from "./predictor/learned-quality-model";
export type { LearnedModelInfo } from "./predictor/learned-quality-model";
export { LearnedQualityPredictor } from "./predictor/learned-quality-predictor";
export type { LearnedQualityPredictorOptions } from "./predictor/learned-quality-predictor";
export { mapByQualityRank, registryRanks } from "./predictor/map-registry-models";

// Costs and λ
export { estimateCallCost, fitLinearCost, linearCostSchema } from "./cost/linear-cost";
export type { LinearCost } from "./cost/linear-cost";
export { listPriceCost, listPriceCosts, BENCHMARK_LIST_PRICES } from "./cost/list-price-cost";
export { resolveCostModel, COST_MODEL_NAMES } from "./cost/resolve-cost-model";
export type { CostModelName, ResolvedCostModel } from "./cost/resolve-cost-model";
export { chooseByUtility, costWeightGrid } from "./routing/choose-model";
export { measureFrontier, measureSingles } from "./routing/frontier";
export type { FrontierPoint, SinglePoint } from "./routing/frontier";
export { solveCostWeight, costTargetSchema, UnreachableTargetError, QUALITY_POINT } from "./routing/solve-cost-weight";
export type { CostTarget } from "./routing/solve-cost-weight";

// Benchmark
export { runRoutingBench, ROUTER_KINDS } from "./bench/run-routing-bench";
export type { BenchInput, BenchResult, RouterKind } from "./bench/run-routing-bench";
export type { BenchRouter, RouterRun, RouterSetting } from "./bench/routers/bench-router";
export { nonDecreasingConvexHull, qualityAtCost, costForQuality } from "./bench/metrics/convex-hull";
export { averageImprovementInQuality } from "./bench/metrics/aiq";
export { pgrCurve, averagePgr, callPerformanceThreshold, qualityByStrongShare } from "./bench/metrics/gap-recovered";
