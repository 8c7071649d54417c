"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { copyLastYearMenu } from "@/lib/menu/copy-last-year-menu";
import { decideProposal } from "@/lib/menu/decide-proposal";
import { saveServiceItem } from "@/lib/menu/save-service-item";
import {
  approveProposalSchema,
  copyLastYearMenuSchema,
  declineProposalSchema,
  serviceItemSchema,
  setItemOpenSchema,
} from "@/lib/menu/schema";
import { setItemOpen } from "@/lib/menu/set-item-open";

function refresh() {
  revalidatePath("/community/menu", "layout");
  revalidatePath("/me/menu");
}

export const saveServiceItemAction = action({
  permission: "menu.manage",
  schema: serviceItemSchema,
  successMessage: "menu.itemSaved",
  run: async ({ actor, input }) => {
    const result = await saveServiceItem({ actor, input });
    refresh();
    // a new item: back to the menu of its year, where it now appears
    if (result.created) redirect(`/community/menu?year=${result.year}&saved=${result.id}#item-${result.id}`);
    return result;
  },
});

export const setItemOpenAction = action({
  permission: "menu.manage",
  schema: setItemOpenSchema,
  successMessage: (result: { status: string }) => (result.status === "OPEN" ? "menu.openDone" : "menu.closeDone"),
  run: async ({ actor, input }) => {
    const result = await setItemOpen({ actor, id: input.id, open: input.open });
    refresh();
    return result;
  },
});

export const copyLastYearMenuAction = action({
  permission: "menu.manage",
  schema: copyLastYearMenuSchema,
  run: async ({ actor, input }) => {
    const { copied } = await copyLastYearMenu({ actor, year: input.year });
    refresh();
    // the page shows how many were copied (a message key alone cannot carry the number)
    redirect(`/community/menu?year=${input.year}&copied=${copied}`);
  },
});

export const approveProposalAction = action({
  permission: "menu.manage",
  schema: approveProposalSchema,
  successMessage: "menu.proposalApproved",
  run: async ({ actor, input }) => {
    const result = await decideProposal({ actor, id: input.id, decision: { kind: "APPROVE", categoryId: input.categoryId } });
    refresh();
    return result;
  },
});

export const declineProposalAction = action({
  permission: "menu.manage",
  schema: declineProposalSchema,
  successMessage: "menu.proposalDeclined",
  run: async ({ actor, input }) => {
    const result = await decideProposal({ actor, id: input.id, decision: { kind: "DECLINE", reason: input.reason } });
    refresh();
    return result;
  },
});
