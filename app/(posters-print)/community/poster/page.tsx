import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationPosterPage } from "@/components/share/registration-poster-page";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getRegistrationPoster } from "@/lib/orgs/get-registration-poster";
import { absoluteUrlForPage } from "@/lib/share/page-url";

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("community.view");
  const actor = await requirePermission("posters.print");
  const [t, poster] = await Promise.all([getTranslations("share"), orNotFound(getRegistrationPoster({ actor, input: {} }))]);
  return { title: t("posterMetaTitle", { community: poster.community.name }) };
}

/** The secretary's registration poster for their own community (A4, print from the browser). */
export default async function CommunityPosterPage() {
  await requirePermission("community.view");
  const actor = await requirePermission("posters.print");
  const poster = await orNotFound(getRegistrationPoster({ actor, input: {} }));
  return (
    <RegistrationPosterPage
      community={poster.community.name}
      url={await absoluteUrlForPage(poster.registerPath)}
      backHref="/community"
    />
  );
}
