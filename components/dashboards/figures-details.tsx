import type { ReactNode } from "react";
import { DataTable } from "../ui/data-table";

/** The figures behind a chart, folded under it: for screen readers and for reading exact values. */
export function FiguresDetails({ summary, head, children }: { summary: string; head: ReactNode; children: ReactNode }) {
  return (
    <details className="mt-4">
      <summary className="min-h-11 cursor-pointer text-sm font-medium">{summary}</summary>
      <DataTable frame="figures" className="mt-2" head={head}>
        {children}
      </DataTable>
    </details>
  );
}
