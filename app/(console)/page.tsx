import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export default function PlaygroundPage() {
  return (
    <>
      <PageHeader title="Playground" description="Send a prompt, see which model the router picks and why." />
      <EmptyState title="The playground is not available yet.">
        Prompt routing from the console is being built; the registry already lists the models it will choose from.
      </EmptyState>
    </>
  );
}
