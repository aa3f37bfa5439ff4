import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { RequestDetailView } from "@/components/requests/request-detail";

export const metadata: Metadata = { title: "Request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <PageHeader title="Request" description="The prompt, the answer, why this model was chosen, every attempt, and the rating." />
      <RequestDetailView id={id} />
    </>
  );
}
