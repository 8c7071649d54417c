import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { getPageActor, requirePermission } from "@/lib/auth/session";
import { listMemberConsultations } from "@/lib/council/list-member-consultations";
import { orNotFound } from "@/lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("council.member"), getPageActor()]);
  return { title: `${t("title")} – ${actor?.active?.orgName ?? ""}` };
}

/** 议事公开: consultations the member may answer, then the community's published decisions. */
export default async function MemberCouncilPage() {
  const actor = await requirePermission("self.view");
  const [{ open, published }, t, tc, format] = await Promise.all([
    orNotFound(listMemberConsultations({ actor })),
    getTranslations("council.member"),
    getTranslations("council"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="open-heading" className="space-y-3">
        <h2 id="open-heading" className="text-lg font-semibold">
          {t("openTitle")}
        </h2>
        {open.length ? (
          <ul className="space-y-3">
            {open.map((c) => (
              <li key={c.id}>
                <Link href={`/me/council/${c.id}`} className="block rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                  <span className="block font-medium">{c.title}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-700">
                    {c.deadline
                      ? t("until", { deadline: format.dateTime(c.deadline, { dateStyle: "medium", timeStyle: "short" }) })
                      : null}
                    <StatusBadge tone={c.answered ? "green" : "amber"}>{c.answered ? t("answered") : t("waiting")}</StatusBadge>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-gray-600">{t("noneOpen")}</p>
        )}
      </section>
      <section aria-labelledby="published-heading" className="space-y-3">
        <h2 id="published-heading" className="text-lg font-semibold">
          {t("publishedTitle")}
        </h2>
        {published.length ? (
          <ul className="space-y-3">
            {published.map((c) => (
              <li key={c.id}>
                <Card>
                  <Link href={`/me/council/${c.id}`} className="font-medium underline-offset-2 hover:underline">
                    {c.title}
                  </Link>
                  <p className="mt-1 text-sm">
                    <StatusBadge tone={c.outcome === "ADOPTED" ? "green" : "gray"}>
                      {tc(`outcomes.${c.outcome ?? "NOT_ADOPTED"}`)}
                    </StatusBadge>
                    {c.publishedAt ? (
                      <span className="ml-2 text-gray-600">{format.dateTime(c.publishedAt, { dateStyle: "medium" })}</span>
                    ) : null}
                  </p>
                  {c.decisionReason ? <p className="mt-1 text-sm text-gray-700">{c.decisionReason}</p> : null}
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-gray-600">{t("nonePublished")}</p>
        )}
      </section>
    </div>
  );
}
