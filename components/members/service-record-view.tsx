import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { serviceRecordOf } from "@/lib/members/service-record";
import { Stat } from "../ui/card";
import { DataTable } from "../ui/data-table";

type Full = Awaited<ReturnType<typeof serviceRecordOf>>;
type Record = Pick<Full, "pledges" | "records" | "totals"> & {
  upcoming: (Omit<Full["upcoming"][number], "id"> & { id: string | bigint })[];
};

/**
 * A member's pledges, sign-ups, attendance and points: in the secretary's member file (activities
 * link to their page) and in a work unit's view of its member (no links: not theirs to open).
 */
export async function ServiceRecordView({
  record,
  activityHref,
}: {
  record: Record;
  activityHref?: (activityId: string) => string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("serviceRecord"), getFormatter(), getLocale()]);
  const name = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  return (
    <div className="space-y-5 text-sm">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("balance")} value={record.totals.balance} />
        <Stat label={t("activities")} value={record.totals.activities} />
        <Stat label={t("hours")} value={record.totals.hours} />
        <Stat label={t("thisYear")} value={record.totals.activitiesThisYear} />
      </div>
      <section>
        <h3 className="mb-1 font-medium">{t("pledges")}</h3>
        {record.pledges.length ? (
          <ul className="space-y-1">
            {record.pledges.map((p) => (
              <li key={p.id}>
                {p.year} · {name(p.item.category)} · <span className="font-medium">{p.item.title}</span>：{p.remark}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-600">{t("noPledges")}</p>
        )}
      </section>
      <section>
        <h3 className="mb-1 font-medium">{t("upcoming")}</h3>
        {record.upcoming.length ? (
          <ul className="space-y-1">
            {record.upcoming.map((s) => (
              <li key={s.id.toString()}>
                {activityHref ? (
                  <Link href={activityHref(s.activity.id)} className="underline-offset-2 hover:underline">
                    {s.activity.title}
                  </Link>
                ) : (
                  s.activity.title
                )}{" "}
                · {format.dateTime(s.activity.startsAt, { dateStyle: "medium", timeStyle: "short" })} · {t(`signup.${s.status}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-600">{t("noUpcoming")}</p>
        )}
      </section>
      <section>
        <h3 className="mb-1 font-medium">{t("records")}</h3>
        {record.records.length ? (
          <DataTable
            frame="plain"
            head={
              <>
                <th scope="col" className="py-1 pr-3">
                  {t("date")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("activity")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("category")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("hoursShort")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("points")}
                </th>
              </>
            }
          >
            {record.records.map((r) => (
              <tr key={r.id}>
                <td className="tabular py-1 pr-3 whitespace-nowrap">
                  {format.dateTime(r.activity.startsAt, { dateStyle: "medium" })}
                </td>
                <td className="py-1 pr-3">{r.activity.title}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{name(r.activity.category)}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{t(`record.${r.status}`)}</td>
                <td className="tabular py-1 pr-3 text-right">{r.hours}</td>
                <td className="tabular py-1 text-right">{r.points}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-gray-600">{t("noRecords")}</p>
        )}
      </section>
    </div>
  );
}
