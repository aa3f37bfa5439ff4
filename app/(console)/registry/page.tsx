import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ModelTable } from "@/components/registry/model-table";
import { listModels } from "@/lib/server/registry/list-models";
import { getDatabase } from "@/lib/server/services";

export const metadata: Metadata = { title: "Registry" };
export const dynamic = "force-dynamic";

export default async function RegistryPage() {
  const database = await getDatabase();
  const models = await listModels(database.prisma);
  return (
    <>
      <PageHeader
        title="Registry"
        description="The models the router chooses from: price per 1M tokens, context window, latency, quality and capabilities."
      />
      {models.length === 0 ? (
        <EmptyState title="No models are registered.">The router has nothing to choose from.</EmptyState>
      ) : (
        <ModelTable models={models} />
      )}
    </>
  );
}
