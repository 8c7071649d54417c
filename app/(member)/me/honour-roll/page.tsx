import { getTranslations } from "next-intl/server";
import { NeedStories } from "@/components/needs/need-stories";
import { HonourRoll } from "@/components/ratings/honour-roll";
import { PrintButton, PrintStyles } from "@/components/ratings/print";
import { LinkButton } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { getHonourRoll } from "@/lib/ratings/get-honour-roll";
import { listNeedStories } from "@/lib/needs/list-need-wall";
import { anyYear, parseYear, yearRange } from "@/lib/time";
import { NothingPublishedYet } from "@/components/ratings/nothing-yet";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MemberHonourRollPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("self.ratings");
  const year = parseYear((await searchParams).year, { ...anyYear(), fallback: undefined });
  const [roll, t] = await Promise.all([getHonourRoll({ actor, input: { year } }), getTranslations("ratings")]);

  if (!roll.published) {
    return (
      <NothingPublishedYet
        title={t("honour.pageTitle")}
        message={year ? t("memberView.noneForYear", { year }) : t("honour.memberNone")}
      />
    );
  }

  return (
    <div className="space-y-4">
      <PrintStyles />
      <h1 className="sr-only">{t("honour.pageTitle")}</h1>
      <HonourRoll roll={roll} variant="mobile" />
      <NeedStories
        stories={await listNeedStories({
          input: { communityId: actor.active!.orgId, from: yearRange(roll.year).start, to: yearRange(roll.year).end },
        })}
      />
      <div className="grid gap-2" data-print-hide>
        <LinkButton href={`/me/ratings?year=${roll.year}`} variant="secondary" className="w-full">
          {t("memberView.toRatings")}
        </LinkButton>
        <PrintButton />
      </div>
    </div>
  );
}
