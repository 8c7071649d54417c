"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/config";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { ACTIVE_GRANT_COOKIE, getActor, rememberActiveGrant } from "@/lib/auth/session";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";

const YEAR = 365 * 24 * 60 * 60;

export async function switchRole(formData: FormData) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const grant = actor.grants.find((g) => g.id === formData.get("grantId"));
  if (!grant) redirect("/");
  await rememberActiveGrant(grant.id);
  redirect(ROLE_HOME[grant.role]);
}

export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: "lax", path: "/", maxAge: YEAR });
  revalidatePath("/", "layout");
}

export async function signOutAction() {
  (await cookies()).delete(ACTIVE_GRANT_COOKIE);
  await signOut({ redirectTo: "/login" });
}
