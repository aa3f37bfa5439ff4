import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { SpendDashboard } from "@/components/spend/spend-dashboard";

export const metadata: Metadata = { title: "Spend" };

export default function SpendPage() {
  return (
    <>
      <PageHeader title="Spend" description="Hourly spend against the budget, where the money goes, and what routing saves." />
      <SpendDashboard />
    </>
  );
}
