import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OrgNode } from "@/lib/orgs/list-org-tree";
import { StatusBadge } from "../ui/status-badge";

export async function OrgTree({ node }: { node: OrgNode }) {
  const t = await getTranslations("orgs");
  return (
    <ul className="space-y-1">
      {node.children.map((child) => (
        <li key={child.id}>
          <details open className="group">
            <summary className="flex min-h-10 cursor-pointer list-none items-center gap-2 rounded px-2 hover:bg-gray-50">
              <span aria-hidden className="w-4 text-gray-400 group-open:rotate-90">
                {child.children.length ? "▸" : ""}
              </span>
              <span className="text-xs text-gray-500">{t(`kinds.${child.kind}`)}</span>
              <Link href={`/admin/orgs/${child.id}`} className="font-medium text-gray-900 underline-offset-2 hover:underline">
                {child.name}
              </Link>
              {child.archived ? <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge> : null}
              <span className="tabular ml-auto text-sm text-gray-600">{t("activeMembers", { count: child.activeMembers })}</span>
            </summary>
            {child.children.length ? (
              <div className="ml-6 border-l border-gray-200 pl-2">
                <OrgTree node={child} />
              </div>
            ) : null}
          </details>
        </li>
      ))}
    </ul>
  );
}
