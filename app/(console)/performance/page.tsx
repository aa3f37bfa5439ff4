import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { PerformanceReport } from "@/components/performance/performance-report";

export const metadata: Metadata = { title: "Performance" };

export default function PerformancePage() {
  return (
    <>
      <PageHeader title="Performance" description="How each model does per complexity and task type, learned from outcomes and ratings." />
      <PerformanceReport />
    </>
  );
}
