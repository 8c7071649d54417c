import { getTranslations } from "next-intl/server";
import { LinkButton } from "../ui/button";
import { Card } from "../ui/card";

/** A member's ratings or honour roll page before anything has been published for the year. */
export async function NothingPublishedYet({ title, message }: { title: string; message: string }) {
  const t = await getTranslations("ratings");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{title}</h1>
      <Card>
        <p className="text-gray-800">{message}</p>
        <div className="mt-4">
          <LinkButton href="/me" variant="secondary" className="w-full">
            {t("memberView.backHome")}
          </LinkButton>
        </div>
      </Card>
    </div>
  );
}
