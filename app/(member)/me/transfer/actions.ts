"use server";

import { action } from "@/lib/actions/action";
import { cancelTransfer } from "@/lib/transfers/cancel-transfer";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { cancelTransferSchema, requestTransferSchema } from "@/lib/transfers/schema";

export const requestTransferAction = action({
  permission: "self.transfer",
  schema: requestTransferSchema,
  successMessage: "transfers.member.submitted",
  run: ({ actor, input }) => requestTransfer({ actor, input }),
  revalidate: ["/me/transfer"],
  redirectTo: () => "/me/transfer",
});

export const cancelTransferAction = action({
  permission: "self.transfer",
  schema: cancelTransferSchema,
  successMessage: "transfers.member.cancelled",
  run: ({ actor, input }) => cancelTransfer({ actor, input }),
  revalidate: ["/me/transfer"],
});
