import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedForm } from "@/components/needs/need-form";
import { PublicShell } from "@/components/shell/public-shell";
import { needPostPageData } from "@/lib/needs/need-page-data";
import { orNotFound } from "@/lib/or-not-found";
import { postNeedAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ communityId: string }>; searchParams: Promise<{ b?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("needsPublic");
  const [{ communityId }, { b }] = await Promise.all([params, searchParams]);
  const options = await needPostPageData(communityId, b).catch(() => null);
  if (!options) return { title: t("post.title") };
  const building = options.buildings.find((x) => x.id === options.buildingId);
  const where = building ? `${options.community.name} ${building.name}` : options.community.name;
  return { title: `${t("post.title")} – ${where}`, robots: { index: false, follow: false } };
}

/** 群众点单: the public page a stairwell poster's QR code opens (per community, or per building with ?b=). */
export default async function PostNeedPage({ params, searchParams }: Props) {
  const [{ communityId }, { b }] = await Promise.all([params, searchParams]);
  const options = await orNotFound(needPostPageData(communityId, b));
  const t = await getTranslations("needsPublic");
  const building = options.buildings.find((x) => x.id === options.buildingId);
  return (
    <PublicShell
      setLocale={setLocaleAction}
      title={t("post.title")}
      intro={t("post.intro", { community: building ? `${options.community.name} ${building.name}` : options.community.name })}
    >
      <ClientMessages namespaces={["needsPublic"]}>
        <NeedForm
          action={postNeedAction}
          options={{
            communityId: options.community.id,
            buildings: options.buildings,
            categories: options.categories,
            buildingId: options.buildingId,
          }}
        />
      </ClientMessages>
      <p className="mt-6 text-sm text-gray-700">
        <Link href={`/n/${options.community.id}/wall`} className="underline">
          {t("post.seeWall")}
        </Link>
      </p>
    </PublicShell>
  );
}
