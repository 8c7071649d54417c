import { getTranslations } from "next-intl/server";
import { Stars } from "../ratings/stars";

export type MemberCardView = {
  name: string;
  community: string;
  place: string;
  stars: number | null;
  ratingYear: number | null;
  badgeNumber: string | null;
  /** volunteer teams (志愿服务队) the member serves in */
  teams: string[];
};

/** The card itself: a red band, the member's name and community, and the QR code of the check page. */
export async function MemberCard({ card, qrSvg }: { card: MemberCardView; qrSvg: string }) {
  const t = await getTranslations("identity");
  return (
    <section aria-labelledby="member-card-name" className="overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm">
      <div className="bg-red-700 px-4 py-3 text-center text-lg font-semibold tracking-widest text-white">{t("card.heading")}</div>
      <div className="space-y-1 px-4 pt-4 text-center">
        <p id="member-card-name" className="text-2xl font-semibold text-gray-900">
          {card.name}
        </p>
        <p className="text-gray-800">{card.community}</p>
        {card.place ? <p className="text-gray-700">{card.place}</p> : null}
        {card.stars ? (
          <p className="flex items-center justify-center gap-2 text-gray-800">
            <Stars count={card.stars} />
            <span>{t("card.stars", { year: card.ratingYear ?? 0, stars: card.stars })}</span>
          </p>
        ) : (
          <p className="text-sm text-gray-600">{t("card.noStars")}</p>
        )}
        {card.teams.length ? <p className="text-gray-800">{t("card.teams", { teams: card.teams.join("、") })}</p> : null}
        {card.badgeNumber ? <p className="text-sm text-gray-600">{t("card.badgeNumber", { number: card.badgeNumber })}</p> : null}
      </div>
      <div className="flex flex-col items-center gap-2 px-4 py-4">
        <div
          data-testid="member-card-qr"
          role="img"
          aria-label={t("card.qrLabel")}
          className="w-56 max-w-full bg-white p-3 [&_svg]:h-auto [&_svg]:w-full"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-center text-sm text-gray-600">{t("card.qrHint")}</p>
      </div>
    </section>
  );
}
