import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NeedCard } from "@/components/needs/need-card";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { getActor, requirePermission } from "@/lib/auth/session";
import { listBoardNeeds } from "@/lib/needs/list-board-needs";
import { NEED_KINDS } from "@/lib/needs/queue-schema";
import { firstParam, parsePage, type SearchParams } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("needBoard"), getActor()]);
  return { title: t("boardTitle", { place: actor?.active?.orgName ?? "" }) };
}

export default async function MemberNeedsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("self.needs");
  const search = await searchParams;
  const kindParam = firstParam(search.kind);
  const kind = (NEED_KINDS as readonly string[]).includes(kindParam ?? "")
    ? (kindParam as (typeof NEED_KINDS)[number])
    : undefined;
  const page = parsePage(search.page);
  const [board, t, tw] = await Promise.all([
    listBoardNeeds({ actor, input: { kind, page } }),
    getTranslations("needBoard"),
    getTranslations("needWork"),
  ]);
  const now = new Date();
  const chips = [{ value: undefined, label: t("allKinds") }, ...NEED_KINDS.map((k) => ({ value: k, label: tw(`kind.${k}`) }))];
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold">{t("boardHeading")}</h1>
        <p className="mt-1 text-gray-700">{t("boardIntro", { community: actor.active?.orgName ?? "" })}</p>
      </div>
      {!board.verified ? <Notice tone="warning">{t("pendingNotice")}</Notice> : null}
      {board.isBuildingLeader ? (
        <LinkButton href="/me/needs/record" variant="secondary" className="w-full">
          {t("recordForResident")}
        </LinkButton>
      ) : null}

      {board.mine.length ? (
        <section aria-labelledby="my-needs" className="space-y-3">
          <h2 id="my-needs" className="text-lg font-semibold">
            {t("mine")}
          </h2>
          <ul className="space-y-3">
            {board.mine.map((need) => (
              <li key={need.id}>
                <NeedCard need={need} now={now} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="open-needs" className="space-y-3">
        <h2 id="open-needs" className="text-lg font-semibold">
          {t("open")}
        </h2>
        <nav aria-label={t("kindFilter")}>
          <ul className="flex flex-wrap gap-2">
            {chips.map((chip) => (
              <li key={chip.value ?? "all"}>
                <Link
                  href={chip.value ? `/me/needs?kind=${chip.value}` : "/me/needs"}
                  aria-current={chip.value === kind ? "true" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-base ${
                    chip.value === kind
                      ? "border-accent bg-accent font-medium text-white"
                      : "border-gray-300 bg-white text-gray-800 hover:bg-gray-100"
                  }`}
                >
                  {chip.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {board.open.length ? (
          <ul className="space-y-3" aria-label={t("open")}>
            {board.open.map((need) => (
              <li key={need.id}>
                <NeedCard need={need} now={now} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState message={t("emptyOpen")} />
        )}
        <Pagination page={board.page} pageSize={board.pageSize} total={board.total} params={{ kind }} />
      </section>
    </div>
  );
}
