import type { ReactNode } from "react";

/** The portal's list table: scrolls sideways on small screens instead of squeezing columns. */
export function DataTable({ head, caption, children }: { head: ReactNode; caption?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="min-w-full text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-gray-50 text-left text-gray-700">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </div>
  );
}
