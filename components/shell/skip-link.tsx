import { getTranslations } from "next-intl/server";

/** The first stop of the Tab key: hidden until focused, then a solid box over the header. */
export async function SkipLink() {
  const t = await getTranslations("shell");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:font-medium focus:text-gray-900 focus:shadow-lg focus:ring-2 focus:ring-gray-900"
    >
      {t("skipToContent")}
    </a>
  );
}
