import { LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { plainFormAction } from "@/lib/actions/types";
import type { Actor } from "@/lib/auth/actor";
import type { ShellActions } from "./shell-actions";

/** Who is signed in, the role they act in (switchable when they hold several), and sign-out. */
export async function AccountMenu({
  actor,
  actions,
  compact = false,
}: {
  actor: Actor;
  actions: ShellActions;
  compact?: boolean;
}) {
  const t = await getTranslations();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {!compact ? (
        <span lang="zh-CN" className="text-gray-700">
          {actor.name}
        </span>
      ) : null}
      {actor.grants.length > 1 ? (
        <form action={plainFormAction(actions.switchRole)} className="flex max-w-full min-w-0 items-center gap-1">
          <label htmlFor="role-switch" className="sr-only">
            {t("shell.switchRole")}
          </label>
          <select
            id="role-switch"
            name="grantId"
            defaultValue={actor.active?.id}
            className="max-w-full min-w-0 rounded-md border border-gray-500 bg-white px-2 py-1.5"
          >
            {actor.grants.map((g) => (
              <option key={g.id} value={g.id}>
                {t(`roles.${g.role}`)} · {g.orgName}
              </option>
            ))}
          </select>
          <button type="submit" className="min-h-9 rounded-md border border-gray-300 bg-white px-2 hover:bg-gray-100">
            {t("shell.switch")}
          </button>
        </form>
      ) : actor.active ? (
        <span className="text-gray-600">
          {t(`roles.${actor.active.role}`)} · <span lang="zh-CN">{actor.active.orgName}</span>
        </span>
      ) : null}
      <form action={plainFormAction(actions.signOut)}>
        <button type="submit" className="inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-gray-700 hover:bg-gray-100">
          <LogOut aria-hidden className="h-4 w-4" />
          {t("shell.signOut")}
        </button>
      </form>
    </div>
  );
}
