import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { categoryName } from "@/lib/menu/category-label";
import type { listItemPledges } from "@/lib/menu/list-item-pledges";
import type { listPledgesByMember } from "@/lib/menu/list-pledges-by-member";
import type { listMembersWithoutPledges } from "@/lib/menu/list-members-without-pledges";
import type { listMenu } from "@/lib/menu/list-menu";
import { StatusBadge } from "../ui/status-badge";
import { CategoryIcon } from "./category-icon";
import type { FormAction } from "@/lib/actions/types";
import { SetItemOpenForm } from "./item-forms";
import { DataTable } from "../ui/data-table";

type Menu = Awaited<ReturnType<typeof listMenu>>;
type Item = Menu["groups"][number]["items"][number];

const th = "px-3 py-2 font-medium whitespace-nowrap";
const td = "px-3 py-3 align-top";

export function SkillTags({ skills }: { skills: string[] }) {
  if (!skills.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1">
      {skills.map((s) => (
        <li key={s} className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">
          {s}
        </li>
      ))}
    </ul>
  );
}

export async function ItemStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("menu.status");
  const tone = status === "OPEN" ? "green" : status === "PROPOSED" ? "amber" : status === "DECLINED" ? "red" : "gray";
  return <StatusBadge tone={tone}>{t(status)}</StatusBadge>;
}

/** One category's items on the secretary's menu page. */
export async function ItemsTable({ items, setOpen }: { items: Item[]; setOpen: FormAction }) {
  const t = await getTranslations("menu");
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("cols.item")}
          </th>
          <th scope="col" className={th}>
            {t("cols.typicalTime")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.positions")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.pledged")}
          </th>
          <th scope="col" className={th}>
            {t("cols.status")}
          </th>
          <th scope="col" className={th}>
            <span className="sr-only">{t("cols.actions")}</span>
          </th>
        </>
      }
    >
      {items.map((item) => (
        <tr key={item.id} id={`item-${item.id}`} className="target:bg-amber-50">
          <td className={`${td} min-w-64`}>
            <Link
              href={`/community/menu/items/${item.id}`}
              className="font-medium text-gray-900 underline-offset-2 hover:underline"
            >
              {item.title}
            </Link>
            {item.description ? <p className="mt-0.5 line-clamp-2 text-gray-600">{item.description}</p> : null}
            <SkillTags skills={item.skillsWanted} />
          </td>
          <td className={td}>{item.typicalTime ?? "—"}</td>
          <td className={`${td} tabular text-right`}>{item.positions ?? "—"}</td>
          <td className={`${td} tabular text-right`}>
            <Link
              href={`/community/menu/items/${item.id}#pledges`}
              className="underline"
              aria-label={t("pledgedAria", { title: item.title, count: item._count.pledges })}
            >
              {item._count.pledges}
            </Link>
          </td>
          <td className={td}>
            <ItemStatusBadge status={item.status} />
          </td>
          <td className={`${td} whitespace-nowrap`}>
            <div className="flex items-start gap-2">
              <Link
                href={`/community/menu/items/${item.id}`}
                className="inline-flex min-h-10 items-center px-2 underline"
                aria-label={t("editAria", { title: item.title })}
              >
                {t("edit")}
              </Link>
              <SetItemOpenForm id={item.id} open={item.status !== "OPEN"} title={item.title} compact action={setOpen} />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export async function AvailabilityText({ values }: { values: string[] }) {
  const t = await getTranslations("menu.availability");
  return <>{values.map((v) => (t.has(v) ? t(v) : v)).join("、") || "—"}</>;
}

/** Who pledged one item: names link to the member's file. */
export async function ItemPledgesTable({ pledges }: { pledges: Awaited<ReturnType<typeof listItemPledges>>["pledges"] }) {
  const [t, format] = await Promise.all([getTranslations("menu"), getFormatter()]);
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("cols.member")}
          </th>
          <th scope="col" className={th}>
            {t("cols.remark")}
          </th>
          <th scope="col" className={th}>
            {t("cols.availability")}
          </th>
          <th scope="col" className={th}>
            {t("cols.pledgedAt")}
          </th>
        </>
      }
    >
      {pledges.map((p) => (
        <tr key={p.id}>
          <td className={`${td} whitespace-nowrap`}>
            <Link href={`/community/members/${p.member.id}`} className="font-medium underline-offset-2 hover:underline">
              {p.member.name}
            </Link>
            <div className="text-xs text-gray-600">{[p.member.building?.name, p.member.room].filter(Boolean).join(" · ")}</div>
          </td>
          <td className={`${td} min-w-64`}>{p.remark}</td>
          <td className={td}>
            <AvailabilityText values={p.availability} />
          </td>
          <td className={`${td} tabular whitespace-nowrap`}>{format.dateTime(p.createdAt, { dateStyle: "medium" })}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** What each member pledged in the year. */
export async function PledgesByMemberTable({ rows }: { rows: Awaited<ReturnType<typeof listPledgesByMember>> }) {
  const [t, locale] = await Promise.all([getTranslations("menu"), getLocale()]);
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("cols.member")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.count")}
          </th>
          <th scope="col" className={th}>
            {t("cols.pledgedItems")}
          </th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.member.id}>
          <td className={`${td} whitespace-nowrap`}>
            <Link href={`/community/members/${row.member.id}`} className="font-medium underline-offset-2 hover:underline">
              {row.member.name}
            </Link>
            <div className="text-xs text-gray-600">
              {[row.member.building?.name, row.member.room].filter(Boolean).join(" · ")}
            </div>
          </td>
          <td className={`${td} tabular text-right`}>{row.pledges.length}</td>
          <td className={`${td} min-w-80`}>
            <ul className="space-y-2">
              {row.pledges.map((p) => (
                <li key={p.id}>
                  <span className="inline-flex items-center gap-1.5 font-medium">
                    <CategoryIcon icon={p.item.category.icon} className="h-4 w-4 text-red-700" />
                    <Link href={`/community/menu/items/${p.item.id}`} className="underline-offset-2 hover:underline">
                      {p.item.title}
                    </Link>
                    <span className="text-xs font-normal text-gray-600">（{categoryName(p.item.category, locale)}）</span>
                    {p.item.status !== "OPEN" ? <ItemStatusBadge status={p.item.status} /> : null}
                  </span>
                  <p className="text-gray-700">
                    {p.remark}
                    <span className="text-gray-500">
                      {" "}
                      · <AvailabilityText values={p.availability} />
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Active members with no pledge in the year, to follow up with. */
export async function MembersWithoutPledgesTable({
  members,
}: {
  members: Awaited<ReturnType<typeof listMembersWithoutPledges>>;
}) {
  const t = await getTranslations("menu");
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("cols.member")}
          </th>
          <th scope="col" className={th}>
            {t("cols.phone")}
          </th>
          <th scope="col" className={th}>
            {t("cols.skills")}
          </th>
          <th scope="col" className={th}>
            {t("cols.availability")}
          </th>
        </>
      }
    >
      {members.map((m) => (
        <tr key={m.id}>
          <td className={`${td} whitespace-nowrap`}>
            <Link href={`/community/members/${m.id}`} className="font-medium underline-offset-2 hover:underline">
              {m.name}
            </Link>
            <div className="text-xs text-gray-600">{[m.building?.name, m.room].filter(Boolean).join(" · ")}</div>
          </td>
          <td className={`${td} tabular whitespace-nowrap`}>
            <a href={`tel:${m.phone}`} className="underline">
              {m.phone}
            </a>
          </td>
          <td className={td}>{m.skills.join("、") || "—"}</td>
          <td className={td}>
            <AvailabilityText values={m.availability} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
