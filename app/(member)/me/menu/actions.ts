"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { pledgeItem } from "@/lib/menu/pledge-item";
import { proposeServiceItem } from "@/lib/menu/propose-service-item";
import { pledgeItemSchema, proposeServiceItemSchema, withdrawPledgeSchema } from "@/lib/menu/schema";
import { withdrawPledge } from "@/lib/menu/withdraw-pledge";

const REFRESH: Revalidate[] = ["/me/menu", ["/community/menu", "layout"]];

export const pledgeItemAction = action({
  permission: "self.pledge",
  schema: pledgeItemSchema,
  successMessage: "menu.pledged",
  run: ({ actor, input }) => pledgeItem({ actor, input }),
  revalidate: REFRESH,
});

export const withdrawPledgeAction = action({
  permission: "self.pledge",
  schema: withdrawPledgeSchema,
  successMessage: "menu.withdrawn",
  run: ({ actor, input }) => withdrawPledge({ actor, input: { itemId: input.itemId } }),
  revalidate: REFRESH,
});

export const proposeServiceItemAction = action({
  permission: "self.pledge",
  schema: proposeServiceItemSchema,
  successMessage: "menu.proposed",
  run: ({ actor, input }) => proposeServiceItem({ actor, input }),
  revalidate: REFRESH,
});
