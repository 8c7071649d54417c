import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { AccountMenu } from "./account-menu";
import type { ShellActions } from "./shell-actions";

/** Signed in, but holding no role on any active organization. */
export async function NoRole({ actor, actions }: { actor: Actor; actions: ShellActions }) {
  const t = await getTranslations("shell");
  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-xl font-semibold">{t("noRoleTitle")}</h1>
      <p className="mt-2 text-gray-700">{t("noRoleBody")}</p>
      <div className="mt-6">
        <AccountMenu actor={actor} actions={actions} />
      </div>
    </main>
  );
}
