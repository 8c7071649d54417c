import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClaimNeedForm, FinishForm, ProgressForm, ReturnForm } from "@/components/needs/board-forms";
import { NeedStatusBadge } from "@/components/needs/need-labels";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getActor, requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { getMemberNeed } from "@/lib/needs/get-member-need";
import { orNotFound } from "@/lib/or-not-found";
import { parseIdParam } from "@/lib/validation/fields";
import {
  claimNeedAction,
  finishNeedClaimAction,
  recordNeedProgressAction,
  returnNeedClaimAction,
} from "@/app/(member)/me/needs/actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };
const DONE = ["claimed", "progress", "finished", "returned"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, actor, { id }] = await Promise.all([getTranslations("needBoard"), getActor(), params]);
  const needId = parseIdParam(id);
  const need = actor && needId ? await getMemberNeed({ actor, input: { needId } }).catch(() => null) : null;
  return { title: t("detailTitle", { place: need?.building?.name ?? actor?.active?.orgName ?? "" }) };
}

export default async function MemberNeedPage({ params, searchParams }: Props) {
  const actor = await requirePermission("self.needs");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const needId = parseIdParam(id);
  if (!needId) notFound();
  const need = await orNotFound(getMemberNeed({ actor, input: { needId } }));
  const [t, tw, locale] = await Promise.all([getTranslations("needBoard"), getTranslations("needWork"), getLocale()]);
  const active = need.mine?.status === "ACTIVE";
  return (
    <div className="space-y-4">
      <Link href="/me/needs" className="text-sm underline">
        {t("backToBoard")}
      </Link>
      <div>
        <p className="text-sm text-gray-600">
          {tw(`kind.${need.kind}`)} · {categoryName(need.category, locale)}
        </p>
        <h1 className="mt-1 text-xl font-semibold">{t("detailHeading", { place: need.building?.name ?? t("noBuilding") })}</h1>
        <div className="mt-2">
          <NeedStatusBadge status={need.status} />
        </div>
      </div>
      {flags.done && DONE.includes(flags.done) ? (
        <Notice tone="success" role="status">
          {t(`done.${flags.done}`)}
        </Notice>
      ) : null}

      <Card title={t("whatIsNeeded")}>
        <p className="text-base whitespace-pre-line">{need.content}</p>
        <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-gray-600">{t("when")}</dt>
          <dd>{need.wantedWhen ?? "—"}</dd>
          <dt className="text-gray-600">{t("place")}</dt>
          <dd>{need.building?.name ?? t("noBuilding")}</dd>
          <dt className="text-gray-600">{t("places")}</dt>
          <dd className="tabular">
            {t("placesLeft", { left: Math.max(0, need.places - need.claimedCount), places: need.places })}
          </dd>
        </dl>
      </Card>

      {need.contact ? (
        <Card title={t("contact")}>
          {need.contactErasedAt ? (
            <p className="text-sm text-gray-600">{t("contactErased")}</p>
          ) : (
            <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 text-base">
              <dt className="text-gray-600">{t("residentName")}</dt>
              <dd>{need.contact.name ?? "—"}</dd>
              <dt className="text-gray-600">{t("residentPhone")}</dt>
              <dd className="tabular">
                {need.contact.phone ? (
                  <a href={`tel:${need.contact.phone}`} className="inline-flex min-h-11 items-center underline">
                    {need.contact.phone}
                  </a>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="text-gray-600">{t("room")}</dt>
              <dd>{[need.building?.name, need.contact.room].filter(Boolean).join(" ") || "—"}</dd>
            </dl>
          )}
          <p className="mt-2 text-xs text-gray-600">{t("contactHint")}</p>
          {need.claimants.length > 1 ? (
            <p className="mt-2 text-sm text-gray-700">{t("together", { names: need.claimants.map((c) => c.name).join("、") })}</p>
          ) : null}
        </Card>
      ) : need.canClaim ? (
        <p className="text-sm text-gray-700">{t("anonymizedHint")}</p>
      ) : null}

      {need.canClaim ? (
        <Card>
          <ClaimNeedForm needId={need.id} joining={need.claimedCount > 0} action={claimNeedAction} />
        </Card>
      ) : null}

      {need.mine?.status === "DONE" ? (
        <Notice tone="success">
          {need.status === "CONFIRMED"
            ? t("confirmedNotice", { points: need.mine.points ?? 0, rating: need.rating ?? 0 })
            : t("waitingConfirmation")}
        </Notice>
      ) : null}
      {need.mine?.status === "RETURNED" ? <Notice tone="neutral">{t("youReturned")}</Notice> : null}

      {active ? (
        <>
          {need.mine?.progressNote ? (
            <p className="text-sm text-gray-700">{t("lastProgress", { note: need.mine.progressNote })}</p>
          ) : null}
          <Card title={t("finishTitle")}>
            <FinishForm needId={need.id} action={finishNeedClaimAction} />
          </Card>
          <Card title={t("progressTitle")}>
            <ProgressForm needId={need.id} action={recordNeedProgressAction} />
          </Card>
          <Card title={t("handBackTitle")}>
            <ReturnForm needId={need.id} action={returnNeedClaimAction} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
