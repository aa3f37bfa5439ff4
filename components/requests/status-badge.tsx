import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RequestSummary } from "@/lib/schemas/requests";

const TONE: Record<RequestSummary["status"], BadgeTone> = {
  success: "green",
  routed: "sky",
  error: "red",
  rejected: "amber",
  in_progress: "indigo",
};
const LABEL: Record<RequestSummary["status"], string> = {
  success: "success",
  routed: "routed only",
  error: "error",
  rejected: "rejected",
  in_progress: "in progress",
};

export function StatusBadge({ status }: { status: RequestSummary["status"] }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
