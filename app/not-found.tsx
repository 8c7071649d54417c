import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md p-6 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-gray-700">{t("notFoundBody")}</p>
      <LinkButton href="/" variant="secondary" className="mt-6">
        {t("backHome")}
      </LinkButton>
    </main>
  );
}
