import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberCard } from "@/components/identity/member-card";
import { RotateTokenForm } from "@/components/identity/rotate-token-form";
import { Card } from "@/components/ui/card";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getOwnCard } from "@/lib/identity/get-own-card";
import { checkPath } from "@/lib/identity/identity-rules";
import { absoluteUrlForPage } from "@/lib/identity/page-url";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { rotateCheckTokenAction } from "@/app/(member)/me/card/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("identity");
  return { title: t("card.metaTitle", { community: (await getActor())?.active?.orgName ?? "" }) };
}

/** The member's digital card (党员证): shown to residents when serving; its QR code opens the public check page. */
export default async function MemberCardPage() {
  const actor = await requirePermission("self.card");
  const [card, t] = await Promise.all([getOwnCard({ actor }), getTranslations("identity")]);
  if (!card) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("card.title")}</h1>
        <Card>
          <p>{t("card.none")}</p>
        </Card>
      </div>
    );
  }
  const url = await absoluteUrlForPage(checkPath(card.checkToken));
  const qr = await letterQrSvg(url);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("card.title")}</h1>
      <MemberCard
        card={{
          name: card.name,
          community: card.community.name,
          place: [card.grid?.name, card.building?.name].filter(Boolean).join(" · "),
          stars: card.rating?.stars ?? null,
          ratingYear: card.rating?.year ?? null,
          badgeNumber: card.badgeNumber,
          teams: card.teams,
        }}
        qrSvg={qr}
      />
      <Card title={t("card.rotateTitle")}>
        <p className="mb-3 text-sm text-gray-700">{t("card.rotateHint")}</p>
        <RotateTokenForm action={rotateCheckTokenAction} />
      </Card>
    </div>
  );
}
