import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { Clock, Users } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryHeading } from "@/components/menu/category-icon";
import { SkillTags } from "@/components/menu/menu-tables";
import { PledgeForm, ProposeItemForm, WithdrawPledgeForm } from "@/components/menu/pledge-forms";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { categoryName, SELF_PROPOSED_CODE } from "@/lib/menu/category-label";
import { getMemberMenu } from "@/lib/menu/get-member-menu";
import { pledgeItemAction, proposeServiceItemAction, withdrawPledgeAction } from "@/app/(member)/me/menu/actions";
import { Notice } from "@/components/ui/notice";

/** A <summary> that looks like a full-width button (the one obvious action on the card). */
const summaryButton = (variant: "primary" | "secondary") =>
  buttonClass(variant, "w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden");

const PROPOSAL_TONE: Record<string, Tone> = { PROPOSED: "amber", DECLINED: "red", OPEN: "green", CLOSED: "gray" };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("member", { key: "pageTitles.memberMenu" });
}

export default async function MemberMenuPage() {
  const actor = await requirePermission("self.pledge");
  const [menu, t, locale] = await Promise.all([getMemberMenu({ actor }), getTranslations("menu"), getLocale()]);

  if (menu.state !== "ACTIVE") {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("memberTitle", { year: menu.year })}</h1>
        <Card>
          <p className={menu.state === "PENDING" ? "text-amber-800" : "text-gray-800"}>{t(`notActive.${menu.state}`)}</p>
          <div className="mt-4">
            <LinkButton href={menu.state === "REJECTED" ? "/me/profile" : "/me"} variant="secondary" className="w-full">
              {menu.state === "REJECTED" ? t("correctProfile") : t("backHome")}
            </LinkButton>
          </div>
        </Card>
      </div>
    );
  }

  const categoryOptions = menu.categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }));
  const selfProposed = menu.categories.find((c) => c.code === SELF_PROPOSED_CODE);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{t("memberTitle", { year: menu.year })}</h1>
        <p className="mt-1 text-gray-700">{t("memberIntro", { community: menu.communityName })}</p>
        <p className="mt-2 font-medium text-gray-900" role="status">
          {menu.pledgedCount ? t("pledgedSummary", { count: menu.pledgedCount }) : t("pledgedNone")}
        </p>
      </div>

      {menu.groups.length === 0 ? (
        <Card>
          <p className="text-gray-700">{t("memberEmpty")}</p>
        </Card>
      ) : (
        menu.groups.map((group) => (
          <section key={group.category.id} aria-label={categoryName(group.category, locale)} className="space-y-3">
            <CategoryHeading icon={group.category.icon} name={categoryName(group.category, locale)} />
            <ul className="space-y-3">
              {group.items.map((item) => (
                <li key={item.id} id={`item-${item.id}`}>
                  <article
                    className={`rounded-lg border bg-white p-4 shadow-sm ${item.myPledge ? "border-green-600" : "border-gray-200"}`}
                  >
                    <div className="flex items-start justify-between gap-2">
                      <h3 className="text-lg font-semibold text-gray-900">{item.title}</h3>
                      {item.myPledge ? <StatusBadge tone="green">{t("pledgedBadge")}</StatusBadge> : null}
                    </div>
                    {item.description ? <p className="mt-1 whitespace-pre-line text-gray-700">{item.description}</p> : null}
                    <ul className="mt-2 space-y-1 text-sm text-gray-700">
                      {item.typicalTime ? (
                        <li className="flex items-center gap-2">
                          <Clock aria-hidden="true" className="h-4 w-4 shrink-0" />
                          {item.typicalTime}
                        </li>
                      ) : null}
                      <li className="flex items-center gap-2">
                        <Users aria-hidden="true" className="h-4 w-4 shrink-0" />
                        {item.positions
                          ? t("pledgeCountOf", { count: item.pledgeCount, positions: item.positions })
                          : t("pledgeCount", { count: item.pledgeCount })}
                      </li>
                    </ul>
                    {item.skillsWanted.length ? (
                      <div className="mt-2 text-sm text-gray-700">
                        <span className="sr-only">{t("fields.skillsWanted")}</span>
                        <SkillTags skills={item.skillsWanted} />
                      </div>
                    ) : null}

                    {item.myPledge ? (
                      <Notice tone="success" size="sm" className="mt-3">
                        <p className="font-medium">{t("yourRemark")}</p>
                        <p className="whitespace-pre-line">{item.myPledge.remark}</p>
                        <p className="mt-1">{item.myPledge.availability.map((a) => t(`availability.${a}`)).join("、")}</p>
                      </Notice>
                    ) : null}
                    {item.status === "CLOSED" ? <p className="mt-3 text-sm text-gray-700">{t("closedButPledged")}</p> : null}

                    <div className="mt-4 space-y-3">
                      {item.status === "OPEN" ? (
                        <details className="group">
                          <summary className={summaryButton(item.myPledge ? "secondary" : "primary")}>
                            {item.myPledge ? t("changePledge") : t("pledgeThis")}
                          </summary>
                          <div className="mt-4">
                            <PledgeForm
                              action={pledgeItemAction}
                              itemId={item.id}
                              pledged={!!item.myPledge}
                              defaults={{
                                remark: (item.myPledge ?? item.previousPledge)?.remark,
                                availability: (item.myPledge ?? item.previousPledge)?.availability ?? menu.defaultAvailability,
                              }}
                            />
                          </div>
                        </details>
                      ) : null}
                      {item.myPledge ? (
                        <WithdrawPledgeForm action={withdrawPledgeAction} itemId={item.id} title={item.title} />
                      ) : null}
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}

      <section aria-labelledby="propose-heading" className="space-y-3 border-t border-gray-200 pt-6">
        <h2 id="propose-heading" className="text-lg font-semibold text-gray-900">
          {t("proposeTitle")}
        </h2>
        <p className="text-gray-700">{t("proposeIntro")}</p>
        {menu.proposals.length ? (
          <ul className="space-y-2">
            {menu.proposals.map((p) => (
              <li key={p.id} className="rounded-lg border border-gray-200 bg-white p-3">
                <div className="flex items-start justify-between gap-2">
                  <span className="font-medium">{p.title}</span>
                  <StatusBadge tone={PROPOSAL_TONE[p.status] ?? "gray"}>{t(`proposalStatus.${p.status}`)}</StatusBadge>
                </div>
                <p className="text-sm text-gray-600">{categoryName(p.category, locale)}</p>
                {p.status === "DECLINED" && p.declineReason ? (
                  <p className="mt-1 text-sm text-red-800">{t("declinedBecause", { reason: p.declineReason })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <details>
          <summary className={summaryButton("secondary")}>{t("proposeOpen")}</summary>
          <div className="mt-4">
            <ProposeItemForm
              action={proposeServiceItemAction}
              categories={categoryOptions}
              defaultCategoryId={selfProposed?.id}
            />
          </div>
        </details>
      </section>
    </div>
  );
}
