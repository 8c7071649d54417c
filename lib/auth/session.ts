import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError, isDatabaseUnavailable, markDatabaseDown, REQUEST_PATH_HEADER } from "../database-outage.ts";
import type { Actor } from "./actor.ts";
import { auth, signOut } from "./config.ts";
import { loadSessionActor } from "./load-actor.ts";
import { can, type Permission } from "./permissions.ts";
import { isHttps } from "./https.ts";
import { isSessionId } from "./session-rows.ts";

export const ACTIVE_GRANT_COOKIE = "active_grant";

/**
 * The signed-in actor for this request, resolved once per request. A cookie counts only while its
 * session row exists (sign-out, a password change or "sign out everywhere" delete it).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !isSessionId(sessionId)) return null;
  const preferred = (await cookies()).get(ACTIVE_GRANT_COOKIE)?.value;
  return loadSessionActor({ userId, sessionId }, preferred);
});

/**
 * The actor for a page or layout. When the database cannot be reached the request goes again to
 * the same address, which the proxy now answers with the maintenance page (HTTP 503, Retry-After).
 */
export async function getPageActor(): Promise<Actor | null> {
  try {
    return await getActor();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markDatabaseDown();
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    if (path?.startsWith("/") && !path.startsWith("//")) redirect(path);
    throw new DatabaseUnavailableError(error);
  }
}

/** For pages and layouts: sign-in first, then the permission, checked on the server. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) redirect("/login");
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** Remembers which of their roles a person acts in (checked against live grants on every request). */
export async function rememberActiveGrant(grantId: string) {
  const secure = isHttps(await headers());
  (await cookies()).set(ACTIVE_GRANT_COOKIE, grantId, {
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
}

/** Drops this browser's session cookie (its row is already gone, or goes now). */
export async function clearSessionCookie() {
  (await cookies()).delete(ACTIVE_GRANT_COOKIE);
  await signOut({ redirect: false });
}
