import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Spend" };

export default function SpendPage() {
  return (
    <>
      <PageHeader title="Spend" description="Hourly spend against the budget, and where the money goes." />
      <EmptyState title="No spend recorded yet.">Spend appears here once requests are routed.</EmptyState>
    </>
  );
}
