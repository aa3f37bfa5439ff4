import { LoadingBlock } from "@/components/ui/loading-block";

export default function ConsoleLoading() {
  return (
    <div className="space-y-4">
      <div aria-hidden className="h-7 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <LoadingBlock label="Loading the page" rows={6} />
    </div>
  );
}
