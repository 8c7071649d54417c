import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

const FRAMES = {
  /** a list on its own: bordered, grey header row */
  framed: { wrapper: "overflow-x-auto rounded-lg border border-gray-200 bg-white", head: "bg-gray-50" },
  /** a table inside a card: no frame of its own */
  plain: { wrapper: "overflow-x-auto", head: "" },
  /** a table of figures under a chart or inside a card: no frame, grey header row */
  figures: { wrapper: "overflow-x-auto", head: "bg-gray-50" },
  /** a long list: scrolls inside its frame with the header row kept in view */
  tall: { wrapper: "max-h-[36rem] overflow-auto rounded-lg border border-gray-200 bg-white", head: "sticky top-0 bg-gray-50" },
} as const;

/** The portal's table: scrolls sideways on small screens instead of squeezing columns. */
export function DataTable({
  head,
  caption,
  children,
  foot,
  frame = "framed",
  className,
  bodyClassName,
}: {
  /** the header cells (`<th scope="col">`), in one row */
  head: ReactNode;
  caption?: string;
  children: ReactNode;
  /** a totals row, or several (`<tr>`s) */
  foot?: ReactNode;
  frame?: keyof typeof FRAMES;
  /** extra classes for the `<table>` (a top margin, a maximum width) */
  className?: string;
  /** extra classes for the `<tbody>` (`align-top` for rows of several lines) */
  bodyClassName?: string;
}) {
  const style = FRAMES[frame];
  return (
    <ScrollRegion className={style.wrapper} label={caption}>
      <table className={["min-w-full text-sm", className].filter(Boolean).join(" ")}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={[style.head, "text-left text-gray-700"].filter(Boolean).join(" ")}>
          <tr>{head}</tr>
        </thead>
        <tbody className={["divide-y divide-gray-100", bodyClassName].filter(Boolean).join(" ")}>{children}</tbody>
        {foot ? <tfoot className="border-t-2 border-gray-200 bg-gray-50 font-semibold">{foot}</tfoot> : null}
      </table>
    </ScrollRegion>
  );
}
