import { useTranslations } from "next-intl";

type Offers = {
  offerVenues: string | null;
  offerPeople: string | null;
  offerGoods?: string | null;
  offerFunds: string | null;
  offerServices?: string | null;
  offerSkills: string[];
  note?: string | null;
};

/** What a unit offers, as a compact definition list; only the kinds it filled in. */
export function OfferList({ offers, showNote = true }: { offers: Offers; showNote?: boolean }) {
  const t = useTranslations("unitReports");
  const rows = [
    { label: t("offerVenues"), text: offers.offerVenues },
    { label: t("offerPeople"), text: offers.offerPeople },
    { label: t("offerGoods"), text: offers.offerGoods },
    { label: t("offerFunds"), text: offers.offerFunds },
    { label: t("offerServices"), text: offers.offerServices },
  ].filter((row) => row.text);
  return (
    <dl className="space-y-1 text-sm">
      {rows.map((row) => (
        <div key={row.label} className="sm:flex sm:gap-2">
          <dt className="shrink-0 font-medium text-gray-700">{t("labelled", { label: row.label })}</dt>
          <dd className="whitespace-pre-line text-gray-900">{row.text}</dd>
        </div>
      ))}
      {offers.offerSkills.length ? (
        <div className="sm:flex sm:gap-2">
          <dt className="shrink-0 font-medium text-gray-700">{t("labelled", { label: t("offerSkills") })}</dt>
          <dd>
            <ul className="flex flex-wrap gap-1">
              {offers.offerSkills.map((skill) => (
                <li key={skill} className="rounded bg-gray-100 px-2 py-0.5 text-gray-800">
                  {skill}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {showNote && offers.note ? (
        <div className="sm:flex sm:gap-2">
          <dt className="shrink-0 font-medium text-gray-700">{t("labelled", { label: t("noteShort") })}</dt>
          <dd className="whitespace-pre-line text-gray-700">{offers.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}
