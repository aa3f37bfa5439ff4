import { Card } from "@/components/ui/card";

/**
 * Where the learned router's cost–quality frontier will be plotted. No endpoint serves it yet, so
 * this says what will appear rather than drawing anything.
 */
export function FrontierSlot() {
  return (
    <Card title="Learned router: cost–quality frontier" description="Coming with the learned router's report.">
      <div role="status" className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500 dark:border-slate-700">
        <p className="font-medium text-slate-700 dark:text-slate-300">No frontier to show yet.</p>
        <p className="mx-auto mt-1 max-w-xl">
          Once the learned router publishes its evaluation, this panel plots the quality it reaches at each cost (one point per λ)
          next to every single model, measured on prompts it was not trained on.
        </p>
      </div>
    </Card>
  );
}
