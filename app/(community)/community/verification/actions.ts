"use server";

import { action } from "@/lib/actions/action";
import { approveMembers } from "@/lib/members/approve-members";
import { rejectMember } from "@/lib/members/reject-member";
import { approveMembersSchema, rejectMemberSchema } from "@/lib/members/schema";

export const approveMembersAction = action({
  permission: "roster.verify",
  schema: approveMembersSchema,
  successMessage: "verification.approved",
  run: ({ actor, input }) => approveMembers({ actor, input: { memberIds: input.memberIds } }),
  revalidate: [["/community", "layout"]],
});

export const rejectMemberAction = action({
  permission: "roster.verify",
  schema: rejectMemberSchema,
  successMessage: "verification.rejected",
  run: async ({ actor, input }) => {
    await rejectMember({ actor, input: { id: input.id, reason: input.reason } });
  },
  revalidate: [["/community", "layout"]],
});
