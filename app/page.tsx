import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getPageActor } from "@/lib/auth/session";
import { NoRole } from "@/components/shell/no-role";
import { shellActions } from "./shell-actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "pageTitles.noRole" });
}

export default async function Home() {
  const actor = await getPageActor();
  if (!actor) redirect("/login");
  if (actor.active) redirect(ROLE_HOME[actor.active.role]);
  return <NoRole actor={actor} actions={shellActions} />;
}
