import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/page-header";
import { RequestLog } from "@/components/requests/request-log";
import { LoadingBlock } from "@/components/ui/loading-block";

export const metadata: Metadata = { title: "Requests" };

export default function RequestsPage() {
  return (
    <>
      <PageHeader title="Requests" description="Every routed request with its decision, attempts and rating." />
      {/* The log reads its filters from the address bar, which is only known in the browser. */}
      <Suspense fallback={<LoadingBlock label="Loading requests" rows={8} />}>
        <RequestLog />
      </Suspense>
    </>
  );
}
