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
          {/* a plain nested list: no link inside a <summary> (a control inside a control) */}
          <div className="flex min-h-10 items-center gap-2 rounded px-2 hover:bg-gray-50">
            <span className="text-xs text-gray-500">{t(`kinds.${child.kind}`)}</span>
            <Link href={`/admin/orgs/${child.id}`} className="font-medium text-gray-900 underline-offset-2 hover:underline">
              {child.name}
            </Link>
            {child.archived ? <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge> : null}
            <span className="tabular ml-auto text-sm text-gray-600">{t("activeMembers", { count: child.activeMembers })}</span>
          </div>
          {child.children.length ? (
            <div className="ml-6 border-l border-gray-200 pl-2">
              <OrgTree node={child} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
