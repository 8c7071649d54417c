"use server";

import { action } from "@/lib/actions/action";
import { approveMembers } from "@/lib/members/approve-members";
import { decideChangeRequest } from "@/lib/members/decide-change-request";
import { rejectMember } from "@/lib/members/reject-member";
import { rejectMembersAsSpam } from "@/lib/members/reject-members-as-spam";
import { approveMembersSchema, bulkDecisionSchema, decideChangeRequestSchema, rejectMemberSchema } from "@/lib/members/schema";

export const approveMembersAction = action({
  permission: "roster.verify",
  schema: approveMembersSchema,
  successMessage: "verification.approved",
  run: ({ actor, input }) => approveMembers({ actor, input: { memberIds: input.memberIds } }),
  revalidate: [["/community", "layout"]],
});

/** The bulk form: approve the ticked entries, or clear the ticked ones (or all the search matches) as spam. */
export const bulkDecisionAction = action({
  permission: "roster.verify",
  schema: bulkDecisionSchema,
  successMessage: ({ decision }: { decision: string }) =>
    decision === "approve" ? "verification.approvedCount" : "verification.spamRejected",
  run: async ({ actor, input }) => {
    if (input.decision === "approve") {
      const { approved } = await approveMembers({ actor, input: { memberIds: input.memberIds } });
      return { decision: input.decision, count: approved };
    }
    const { rejected } = await rejectMembersAsSpam({
      actor,
      input: input.allMatching ? { matching: { q: input.q } } : { memberIds: input.memberIds },
    });
    return { decision: input.decision, count: rejected };
  },
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

export const decideChangeRequestAction = action({
  permission: "roster.verify",
  schema: decideChangeRequestSchema,
  successMessage: ({ applied }: { applied: boolean }) =>
    applied ? "verification.changesApplied" : "verification.changesDismissed",
  run: ({ actor, input }) => decideChangeRequest({ actor, input }),
  revalidate: [["/community", "layout"]],
});
