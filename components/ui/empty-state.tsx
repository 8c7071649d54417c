import type { ReactNode } from "react";

export function EmptyState({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
      <p className="text-gray-600">{message}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
