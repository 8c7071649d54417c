import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NeedPrintPage, NeedQr } from "@/components/needs/need-print";
import { requirePermission } from "@/lib/auth/session";
import { getNeedPosters } from "@/lib/needs/get-need-posters";
import { needQrSvg } from "@/lib/needs/need-qr";
import { absoluteUrlForPage, postNeedPath } from "@/lib/needs/need-urls";
import { orNotFound } from "@/lib/or-not-found";
import { firstParam, parseIdParam } from "@/lib/validation/fields";

type Props = { searchParams: Promise<{ b?: string | string[]; all?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("print", { key: "needsPublic.poster.pageTitle" });
}

/** 群众点单 posters, A4: the community's (default), every building's (?all=1) or one building's (?b=). */
export default async function NeedPostersPage({ searchParams }: Props) {
  const actor = await requirePermission("needs.manage");
  const search = await searchParams;
  const posters = await orNotFound(
    getNeedPosters({
      actor,
      input: { buildingId: parseIdParam(search.b), scope: firstParam(search.all) === "1" ? "all" : "community" },
    }),
  );
  const t = await getTranslations("needsPublic");
  const sheets = await Promise.all(
    posters.map(async (poster) => {
      const url = await absoluteUrlForPage(postNeedPath(poster.communityId, poster.buildingId));
      return { ...poster, url, svg: await needQrSvg(url) };
    }),
  );
  return (
    <NeedPrintPage backHref="/community" backLabel={t("poster.back")} printLabel={t("poster.print")}>
      <p className="mx-auto max-w-[210mm] text-sm text-gray-700 print:hidden">
        {t("poster.choose")}{" "}
        <Link className="underline" href="/community/needs/posters">
          {t("poster.onlyCommunity")}
        </Link>{" "}
        ·{" "}
        <Link className="underline" href="/community/needs/posters?all=1">
          {t("poster.allBuildings")}
        </Link>
      </p>
      {sheets.map((sheet) => (
        <article key={sheet.buildingId ?? "community"} className="need-sheet text-center">
          <p className="text-2xl font-bold tracking-widest text-red-700">{sheet.community}</p>
          <div className="mt-2 border-t-4 border-red-700" />
          {sheet.building ? <p className="mt-4 text-3xl font-semibold">{sheet.building}</p> : null}
          <h1 className="mt-8 text-5xl font-bold">{t("poster.headline")}</h1>
          <p className="mt-4 text-xl">{t("poster.subline")}</p>
          <div className="mt-10">
            <NeedQr svg={sheet.svg} size="90mm" label={t("poster.qrLabel")} />
          </div>
          <p className="mt-4 text-xl font-semibold">{t("poster.scan")}</p>
          <ul className="mx-auto mt-8 max-w-[150mm] space-y-2 text-left text-lg">
            <li>
              <strong>{t("kinds.WISH")}</strong>：{t("poster.wish")}
            </li>
            <li>
              <strong>{t("kinds.SERVICE")}</strong>：{t("poster.service")}
            </li>
            <li>
              <strong>{t("kinds.PROBLEM")}</strong>：{t("poster.problem")}
            </li>
          </ul>
          <p className="mt-auto pt-8 text-base text-gray-700">{t("poster.privacy")}</p>
          <p className="mt-2 font-mono text-xs break-all text-gray-600">{sheet.url}</p>
        </article>
      ))}
    </NeedPrintPage>
  );
}
