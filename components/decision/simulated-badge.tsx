import { Badge } from "@/components/ui/badge";

/** Says plainly that an answer came from the built-in simulator, and why (e.g. "no OPENAI_API_KEY"). */
export function SimulatedBadge({ simulated, reason }: { simulated: boolean; reason?: string | null }) {
  if (!simulated) return <Badge tone="green">Live provider</Badge>;
  return (
    <Badge tone="amber" title={reason ?? undefined}>
      <span aria-hidden>◆</span> Simulated{reason ? ` — ${reason}` : ""}
    </Badge>
  );
}
