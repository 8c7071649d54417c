"use server";

import { action, type Revalidate } from "@/lib/actions/action";
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

const REFRESH: Revalidate[] = [["/community/menu", "layout"], "/me/menu"];

export const saveServiceItemAction = action({
  permission: "menu.manage",
  schema: serviceItemSchema,
  successMessage: "menu.itemSaved",
  run: ({ actor, input }) => saveServiceItem({ actor, input }),
  revalidate: REFRESH,
  // a new item: back to the menu of its year, where it now appears
  redirectTo: (result) => (result.created ? `/community/menu?year=${result.year}&saved=${result.id}#item-${result.id}` : null),
});

export const setItemOpenAction = action({
  permission: "menu.manage",
  schema: setItemOpenSchema,
  successMessage: (result: { status: string }) => (result.status === "OPEN" ? "menu.openDone" : "menu.closeDone"),
  run: ({ actor, input }) => setItemOpen({ actor, input: { id: input.id, open: input.open } }),
  revalidate: REFRESH,
});

export const copyLastYearMenuAction = action({
  permission: "menu.manage",
  schema: copyLastYearMenuSchema,
  run: async ({ actor, input }) => ({ year: input.year, ...(await copyLastYearMenu({ actor, input: { year: input.year } })) }),
  revalidate: REFRESH,
  // the page shows how many were copied (a message key alone cannot carry the number)
  redirectTo: ({ year, copied }) => `/community/menu?year=${year}&copied=${copied}`,
});

export const approveProposalAction = action({
  permission: "menu.manage",
  schema: approveProposalSchema,
  successMessage: "menu.proposalApproved",
  run: ({ actor, input }) =>
    decideProposal({ actor, input: { id: input.id, decision: { kind: "APPROVE", categoryId: input.categoryId } } }),
  revalidate: REFRESH,
});

export const declineProposalAction = action({
  permission: "menu.manage",
  schema: declineProposalSchema,
  successMessage: "menu.proposalDeclined",
  run: ({ actor, input }) =>
    decideProposal({ actor, input: { id: input.id, decision: { kind: "DECLINE", reason: input.reason } } }),
  revalidate: REFRESH,
});
