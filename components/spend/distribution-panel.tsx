import { Card } from "@/components/ui/card";
import { distributionEntries, type DistributionDimension, type DistributionMeasure } from "@/lib/client/spend-series";
import type { MetricsResponse } from "@/lib/schemas/metrics";
import { DistributionList } from "./distribution-list";

const TITLES: Record<DistributionDimension, string> = { model: "By model", provider: "By provider" };

/** Where requests (or money) went, by model or by provider. */
export function DistributionPanel({ metrics, dimension, measure }: { metrics: MetricsResponse; dimension: DistributionDimension; measure: DistributionMeasure }) {
  return (
    <Card title={TITLES[dimension]} headingLevel={3}>
      <DistributionList entries={distributionEntries(metrics, dimension, measure)} measure={measure} label={`${measure === "cost" ? "Cost" : "Requests"} ${TITLES[dimension].toLowerCase()}`} />
    </Card>
  );
}
