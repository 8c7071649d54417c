import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationPosterPage } from "@/components/share/registration-poster-page";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getRegistrationPoster } from "@/lib/orgs/get-registration-poster";
import { absoluteUrlForPage } from "@/lib/share/page-url";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission("orgs.view");
  const actor = await requirePermission("posters.print");
  const { id } = await params;
  const [t, poster] = await Promise.all([
    getTranslations("share"),
    orNotFound(getRegistrationPoster({ actor, input: { communityId: id } })),
  ]);
  return { title: t("posterMetaTitle", { community: poster.community.name }) };
}

/** The street admin prints the registration poster of any community of the street. */
export default async function AdminCommunityPosterPage({ params }: Props) {
  await requirePermission("orgs.view");
  const actor = await requirePermission("posters.print");
  const { id } = await params;
  const poster = await orNotFound(getRegistrationPoster({ actor, input: { communityId: id } }));
  return (
    <RegistrationPosterPage
      community={poster.community.name}
      url={await absoluteUrlForPage(poster.registerPath)}
      backHref={`/admin/orgs/${poster.community.id}`}
    />
  );
}
