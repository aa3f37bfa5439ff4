import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Requests" };

export default function RequestsPage() {
  return (
    <>
      <PageHeader title="Requests" description="Every routed request with its decision, attempts and rating." />
      <EmptyState title="No requests yet.">Routed requests appear here.</EmptyState>
    </>
  );
}
