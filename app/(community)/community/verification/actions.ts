"use server";

import { action } from "@/lib/actions/action";
import { approveMembers, rejectMember } from "@/lib/members/decide-members";
import { approveMembersSchema, rejectMemberSchema } from "@/lib/members/schema";

export const approveMembersAction = action({
  permission: "roster.verify",
  schema: approveMembersSchema,
  successMessage: "verification.approved",
  run: ({ actor, input }) => approveMembers({ actor, memberIds: input.memberIds }),
  revalidate: [["/community", "layout"]],
});

export const rejectMemberAction = action({
  permission: "roster.verify",
  schema: rejectMemberSchema,
  successMessage: "verification.rejected",
  run: async ({ actor, input }) => {
    await rejectMember({ actor, id: input.id, reason: input.reason });
  },
  revalidate: [["/community", "layout"]],
});
