"use server";

import { action } from "@/lib/actions/action";
import { decideTransfer } from "@/lib/transfers/decide-transfer";
import { decideTransferSchema } from "@/lib/transfers/schema";

export const acceptTransferAction = action({
  permission: "transfers.decide",
  schema: decideTransferSchema,
  successMessage: "transfers.accepted",
  run: ({ actor, input }) => decideTransfer({ actor, input }),
  revalidate: ["/community/transfers", "/community/roster"],
});

export const declineTransferAction = action({
  permission: "transfers.decide",
  schema: decideTransferSchema,
  successMessage: "transfers.declined",
  run: ({ actor, input }) => decideTransfer({ actor, input }),
  revalidate: ["/community/transfers"],
});
