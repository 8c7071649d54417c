import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { dashboardFormat } from "./format";
import { DataTable } from "../ui/data-table";

export type ParticipationTableRow = {
  key: string;
  label: ReactNode;
  /** extra cell after the label (e.g. a grid's buildings) */
  extra?: ReactNode;
  members: number;
  /** the roster filtered to these members */
  membersHref?: string;
  active: number;
  rate: number | null;
  neverServed: number;
  neverServedHref?: string;
};

const th = "px-3 py-2 font-medium whitespace-nowrap";
/**
 * Cell padding, alignment and the links' underline are set once on the body, not on every cell:
 * a big community's tables have hundreds of cells, each rendered into the HTML and again into the
 * page's RSC payload (decision 082).
 */
const body =
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:align-top [&_th]:text-left [&_th]:font-medium " +
  "[&_.num]:tabular-nums [&_.num]:text-right [&_.num_a]:underline [&_.num_a]:decoration-gray-300 [&_.num_a]:underline-offset-2 [&_.num_a:hover]:decoration-gray-900";

function NumberCell({ value, href, label }: { value: string; href?: string; label?: string }) {
  return (
    <td className="num">
      {href ? (
        <Link href={href} aria-label={label}>
          {value}
        </Link>
      ) : (
        value
      )}
    </td>
  );
}

/** The rate as text and as a bar (the bar only repeats the text, for scanning a long table). */
export function RateBar({ rate, text }: { rate: number | null; text: string }) {
  const width = rate === null ? 0 : Math.max(0, Math.min(100, rate * 100));
  return (
    <div className="flex min-w-40 items-center gap-2">
      <div className="h-2.5 flex-1 overflow-hidden rounded-full bg-gray-100" aria-hidden="true">
        <div className="h-full rounded-full bg-accent" style={{ width: `${width}%` }} />
      </div>
      <span className="tabular w-14 text-right">{text}</span>
    </div>
  );
}

/** Members, members who served in the year, the rate with a bar, and those who never served: one row per group. */
export async function ParticipationTable({
  firstColumn,
  extraColumn,
  rows,
  caption,
}: {
  firstColumn: string;
  extraColumn?: string;
  rows: ParticipationTableRow[];
  caption: string;
}) {
  const [t, f] = await Promise.all([getTranslations("dashboard"), dashboardFormat()]);
  return (
    <DataTable
      caption={caption}
      frame="tall"
      bodyClassName={body}
      head={
        <>
          <th scope="col" className={th}>
            {firstColumn}
          </th>
          {extraColumn ? (
            <th scope="col" className={th}>
              {extraColumn}
            </th>
          ) : null}
          <th scope="col" className={`${th} text-right`}>
            {t("cols.members")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.active")}
          </th>
          <th scope="col" className={th}>
            {t("cols.rate")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.neverServed")}
          </th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          {extraColumn ? <td className="text-gray-700">{row.extra}</td> : null}
          <NumberCell value={f.count(row.members)} href={row.membersHref} />
          <NumberCell value={f.count(row.active)} />
          <td>
            <RateBar rate={row.rate} text={f.rate(row.rate)} />
          </td>
          <NumberCell value={f.count(row.neverServed)} href={row.neverServed > 0 ? row.neverServedHref : undefined} />
        </tr>
      ))}
    </DataTable>
  );
}
