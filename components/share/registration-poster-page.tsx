import { getTranslations } from "next-intl/server";
import { qrSvg } from "@/lib/share/qr";
import { PosterToolbar } from "./poster-toolbar";
import { RegistrationPoster } from "./registration-poster";

/** The print page of a registration poster: toolbar (screen only) and the A4 sheet. */
export async function RegistrationPosterPage({ community, url, backHref }: { community: string; url: string; backHref: string }) {
  const [t, svg] = await Promise.all([getTranslations("share"), qrSvg(url)]);
  return (
    <>
      <PosterToolbar backHref={backHref} labels={{ back: t("posterToolbarBack"), hint: t("posterHint"), print: t("printNow") }} />
      <RegistrationPoster community={community} qrSvg={svg} url={url} />
    </>
  );
}
