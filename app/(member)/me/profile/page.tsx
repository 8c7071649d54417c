import { getTranslations } from "next-intl/server";
import { RecordsLinkCard } from "@/components/activities/records-link-card";
import { ChangePasswordForm, OwnProfileForm, SignOutEverywhereForm } from "@/components/members/own-profile-forms";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { maskPhone } from "@/lib/privacy/phone";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { getOwnEntry } from "@/lib/members/get-own-entry";
import { OwnUnitLinkForm } from "@/components/members/own-unit-link";
import {
  changePasswordAction,
  confirmOwnUnitLinkAction,
  signOutEverywhereAction,
  updateOwnProfileAction,
} from "@/app/(member)/me/profile/actions";

export default async function OwnProfilePage() {
  const actor = await requirePermission("self.application");
  const entry = await getOwnEntry({ actor });
  const [options, t, tl, ti, tt] = await Promise.all([
    listResidenceOptions(entry?.communityId),
    getTranslations("profile"),
    getTranslations("trust.ownLink"),
    getTranslations("identity"),
    getTranslations("transfers.member"),
  ]);
  const suggestion = entry?.suggestedUnit?.verifiedAt && !entry.suggestedUnit.archivedAt ? entry.suggestedUnit : null;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {can(actor, "self.view") ? <RecordsLinkCard /> : null}
      {can(actor, "self.card") ? (
        <Card>
          <div className="grid gap-2 sm:grid-cols-2">
            <LinkButton href="/me/card" variant="secondary">
              {ti("card.open")}
            </LinkButton>
            <LinkButton href="/me/transfer" variant="secondary">
              {tt("open")}
            </LinkButton>
          </div>
        </Card>
      ) : null}
      <Card>
        <dl className="grid grid-cols-[5rem_1fr] gap-y-1">
          <dt className="text-gray-600">{t("name")}</dt>
          <dd>{actor.name}</dd>
          <dt className="text-gray-600">{t("phone")}</dt>
          <dd className="tabular">{actor.phone}</dd>
        </dl>
        <p className="mt-2 text-sm text-gray-600">{t("nameAndPhoneHint", { masked: maskPhone(actor.phone) })}</p>
      </Card>
      {entry && suggestion ? (
        <Card title={tl("title")}>
          <OwnUnitLinkForm
            action={confirmOwnUnitLinkAction}
            memberId={entry.id}
            typed={entry.employerName ?? suggestion.name}
            unit={suggestion.name}
          />
        </Card>
      ) : null}
      {entry ? (
        <Card title={t("entryTitle", { community: entry.community.name })}>
          <OwnProfileForm
            action={updateOwnProfileAction}
            entry={{ ...entry, employerName: entry.employerUnit?.name ?? entry.employerName }}
            grids={options.grids}
            unitNames={options.unitNames}
          />
        </Card>
      ) : (
        <Card>
          <p>{t("noEntry")}</p>
        </Card>
      )}
      <Card title={t("passwordTitle")}>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
      <Card title={t("sessionsTitle")}>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </Card>
    </div>
  );
}
