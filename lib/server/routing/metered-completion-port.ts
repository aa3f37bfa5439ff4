import { utcHourStart } from "@/lib/router/budget/utc-hour";
import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import type { ExecutionResult } from "@/lib/router/execute/execution-types";
import type { Clock, CompletionPort, CompletionRequest } from "@/lib/router/types";
import { addSpendStatement } from "@/lib/server/budget/budget-statements";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { SqlClient } from "@/lib/server/sql/sql-client";

// The LLM classifier's calls cost money too: each one's actual cost is added to the hour's spend
// (it has no reservation of its own: a classification is a few hundred tokens of a cheap model).

interface ResultPort {
  complete(request: CompletionRequest): Promise<ExecutionResult>;
}

export function meteredCompletionPort(input: {
  port: ResultPort;
  sqlClient: SqlClient;
  budgetStore: SqlBudgetStore;
  clock: Clock;
}): CompletionPort & ResultPort {
  const charge = async (costNano: number | null) => {
    if (!costNano) return;
    const now = input.clock();
    await input.sqlClient.run(addSpendStatement({ hourStartMs: utcHourStart(now), amountNano: costNano, now }));
    input.budgetStore.noteSettled({ hourStartMs: utcHourStart(now), reservedNano: 0, actualNano: costNano });
  };
  return {
    async complete(request: CompletionRequest): Promise<ExecutionResult> {
      try {
        const result = await input.port.complete(request);
        await charge(result.costNano);
        return result;
      } catch (error) {
        if (error instanceof ExecutionFailedError) await charge(error.costNano);
        throw error;
      }
    },
  };
}
