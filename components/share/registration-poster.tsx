import { chineseShareTools } from "@/lib/share/chinese";
import { PrintPoster } from "./print-poster";

/** A community's registration poster: always in Chinese (it hangs on a Chinese noticeboard). */
export function RegistrationPoster({ community, qrSvg, url }: { community: string; qrSvg: string; url: string }) {
  const { t } = chineseShareTools();
  return (
    <PrintPoster
      org={community}
      kicker={t("posterKicker")}
      title={t("posterTitle")}
      lead={t("posterLead")}
      steps={[t("posterStep1"), t("posterStep2"), t("posterStep3")]}
      qrSvg={qrSvg}
      qrCaption={t("posterQrCaption", { community })}
      url={url}
      urlNote={t("posterLinkNote")}
    />
  );
}
