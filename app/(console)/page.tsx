import { PageHeader } from "@/components/page-header";
import { Playground } from "@/components/playground/playground";

export default function PlaygroundPage() {
  return (
    <>
      <PageHeader title="Playground" description="Send a prompt, see which model the router picks and why, and rate the answer so routing improves." />
      <Playground />
    </>
  );
}
