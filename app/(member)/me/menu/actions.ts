"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { pledgeItem } from "@/lib/menu/pledge-item";
import { proposeServiceItem } from "@/lib/menu/propose-service-item";
import { pledgeItemSchema, proposeServiceItemSchema, withdrawPledgeSchema } from "@/lib/menu/schema";
import { withdrawPledge } from "@/lib/menu/withdraw-pledge";

function refresh() {
  revalidatePath("/me/menu");
  revalidatePath("/community/menu", "layout");
}

export const pledgeItemAction = action({
  permission: "self.pledge",
  schema: pledgeItemSchema,
  successMessage: "menu.pledged",
  run: async ({ actor, input }) => {
    const result = await pledgeItem({ actor, input });
    refresh();
    return result;
  },
});

export const withdrawPledgeAction = action({
  permission: "self.pledge",
  schema: withdrawPledgeSchema,
  successMessage: "menu.withdrawn",
  run: async ({ actor, input }) => {
    const result = await withdrawPledge({ actor, itemId: input.itemId });
    refresh();
    return result;
  },
});

export const proposeServiceItemAction = action({
  permission: "self.pledge",
  schema: proposeServiceItemSchema,
  successMessage: "menu.proposed",
  run: async ({ actor, input }) => {
    const result = await proposeServiceItem({ actor, input });
    refresh();
    return result;
  },
});
