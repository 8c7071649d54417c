"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { action, publicAction } from "@/lib/actions/action";
import { signOut } from "@/lib/auth/config";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { ACTIVE_GRANT_COOKIE, rememberActiveGrant } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const YEAR = 365 * 24 * 60 * 60;

/** The role switch in every header: only to one of the person's own grants (a foreign id goes home). */
export const switchRoleAction = action({
  schema: z.object({ grantId: z.string().max(100) }),
  run: async ({ actor, input }) => {
    const grant = actor.grants.find((g) => g.id === input.grantId);
    if (grant) await rememberActiveGrant(grant.id);
    return { home: grant ? ROLE_HOME[grant.role] : "/" };
  },
  redirectTo: ({ home }) => home,
});

/** The language buttons in every header, for visitors too. */
export const setLocaleAction = publicAction({
  schema: z.object({ locale: z.enum(LOCALES) }),
  run: async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { sameSite: "lax", path: "/", maxAge: YEAR });
  },
  revalidate: [["/", "layout"]],
});

/** Sign-out ends the session (anyone may ask; with no session it simply lands on the sign-in page). */
export const signOutAction = publicAction({
  schema: z.object({}),
  run: async () => {
    (await cookies()).delete(ACTIVE_GRANT_COOKIE);
    await signOut({ redirectTo: "/login" });
  },
});
