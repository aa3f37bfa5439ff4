import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Performance" };

export default function PerformancePage() {
  return (
    <>
      <PageHeader title="Performance" description="How each model does per complexity and task type, learned from ratings." />
      <EmptyState title="No performance data yet.">Rate answers in the playground and the adaptive report appears here.</EmptyState>
    </>
  );
}
