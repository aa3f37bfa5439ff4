import Link from "next/link";
import { EmptyState } from "@/components/empty-state";

export default function ConsoleNotFound() {
  return (
    <EmptyState title="There is no console page here.">
      <Link href="/" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Go to the playground
      </Link>
    </EmptyState>
  );
}
