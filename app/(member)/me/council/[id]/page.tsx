import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionForm } from "@/components/council/council-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/session";
import { getMemberConsultation } from "@/lib/council/get-member-consultation";
import { orNotFound } from "@/lib/or-not-found";
import { giveOpinionAction } from "@/app/(member)/me/council/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("council.member");
  return { title: `${t("detailTitle")} – ${t("title")}` };
}

/** A consultation on the phone: background, options, the member's opinion; or the published decision. */
export default async function MemberConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("self.view");
  const { id } = await params;
  const c = await orNotFound(getMemberConsultation({ actor, input: { id } }));
  const [t, tc, format] = await Promise.all([getTranslations("council.member"), getTranslations("council"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-5">
      <Link href="/me/council" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-xl font-semibold">{c.title}</h1>
      <Card>
        <p className="whitespace-pre-line">{c.background}</p>
        {c.links.length ? (
          <ul className="mt-3 list-disc space-y-1 pl-6 text-sm">
            {c.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all underline">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {c.deadline && c.status === "OPEN" ? (
          <p className="mt-3 text-sm font-medium">{t("until", { deadline: when(c.deadline) })}</p>
        ) : null}
      </Card>
      {c.rule === "ok" ? (
        <Card title={c.own ? t("yourOpinion") : t("giveTitle")}>
          <OpinionForm action={giveOpinionAction} id={c.id} options={c.options} own={c.own} />
        </Card>
      ) : c.status === "OPEN" ? (
        <Notice tone="neutral">{t(c.rule === "closed" ? "closed" : "notOpen")}</Notice>
      ) : null}
      {c.own && c.rule !== "ok" ? (
        <Card title={t("yourOpinion")}>
          <p className="font-medium">{c.options[c.own.option]}</p>
          <p className="whitespace-pre-line text-sm text-gray-700">{c.own.reasons}</p>
        </Card>
      ) : null}
      {c.status === "PUBLISHED" ? (
        <Card title={t("decisionTitle")}>
          <p className="text-lg font-semibold">{tc(`outcomes.${c.outcome ?? "NOT_ADOPTED"}`)}</p>
          <p className="whitespace-pre-line text-gray-700">{c.decisionReason}</p>
          {c.tally ? (
            <ul className="mt-3 space-y-1 text-sm">
              {c.tally.map((row) => (
                <li key={row.label} className="flex justify-between gap-3">
                  <span>{row.label}</span>
                  <span className="tabular">{t("votes", { count: row.count })}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {c.meetingAt ? (
            <div className="mt-4">
              <h3 className="font-medium">{t("meeting", { date: when(c.meetingAt) })}</h3>
              <p className="whitespace-pre-line text-sm text-gray-700">{c.meetingMinutes}</p>
            </div>
          ) : null}
          {c.serviceItem ? (
            <p className="mt-4 text-sm">
              {t("becameMenuItem")}{" "}
              <Link href="/me/menu" className="underline">
                {c.serviceItem.title}
              </Link>
            </p>
          ) : null}
          {c.need ? <p className="mt-4 text-sm">{t("becameNeed")}</p> : null}
          {c.activity && c.activity.status === "PUBLISHED" ? (
            <p className="mt-4 text-sm">
              {t("becameActivity")}{" "}
              <Link href={`/me/activities/${c.activity.id}`} className="underline">
                {c.activity.title}
              </Link>
            </p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
