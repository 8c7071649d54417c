import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListedMember } from "@/lib/dashboards/follow-up-lists";
import { StatusBadge } from "../ui/status-badge";
import type { FormAction } from "@/lib/actions/types";
import type { RemindResult } from "@/lib/dashboards/schema";
import { RemindForm } from "./remind-form";

/**
 * One follow-up list: its size, the first names (each opens the member's file), the full list in
 * the roster when the roster can filter it, and the one-click reminder (current year only).
 */
export async function FollowUpList({
  list,
  title,
  hint,
  empty,
  total,
  members,
  allHref,
  allLabel,
  remind,
}: {
  list: "neverServed" | "pledgedNoSignup";
  title: string;
  hint: string;
  empty: string;
  total: number;
  members: ListedMember[];
  allHref?: string;
  allLabel?: string;
  /** the reminder action, when the viewer may send reminders */
  remind?: FormAction<RemindResult>;
}) {
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby={`list-${list}`} className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-5">
      <div>
        <h3 id={`list-${list}`} className="text-base font-semibold text-gray-900">
          {title}
        </h3>
        <p className="mt-1 text-sm text-gray-600">{hint}</p>
      </div>
      {members.length ? (
        <>
          {total > members.length ? (
            <p className="text-xs text-gray-600">{t("lists.firstOf", { shown: members.length, count: total })}</p>
          ) : null}
          <ol className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
            {members.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline gap-x-2">
                <Link href={`/community/members/${m.id}`} className="font-medium underline-offset-2 hover:underline">
                  {m.name}
                </Link>
                {m.buildingName ? (
                  <span className="text-xs text-gray-600">{[m.buildingName, m.room].filter(Boolean).join(" ")}</span>
                ) : null}
                {!m.hasAccount ? <StatusBadge tone="gray">{t("lists.noAccount")}</StatusBadge> : null}
              </li>
            ))}
          </ol>
          {allHref && allLabel ? (
            <Link href={allHref} className="text-sm underline">
              {allLabel}
            </Link>
          ) : total > members.length ? (
            <p className="text-sm text-gray-600">{t("lists.pledgedNoSignup.more", { count: total - members.length })}</p>
          ) : null}
          <div className="mt-auto border-t border-gray-100 pt-3">
            {remind ? (
              <RemindForm list={list} label={t(`remind.${list}`)} action={remind} />
            ) : (
              <p className="text-sm text-gray-600">{t("remind.pastYear")}</p>
            )}
          </div>
        </>
      ) : (
        <p className="text-sm text-gray-700">{empty}</p>
      )}
    </section>
  );
}
