import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { RegistryEditor } from "@/components/registry/registry-editor";

export const metadata: Metadata = { title: "Registry" };

export default function RegistryPage() {
  return (
    <>
      <PageHeader
        title="Registry"
        description="The models the router chooses from: price per 1M tokens, context window, latency, quality and capabilities."
      />
      <RegistryEditor />
    </>
  );
}
