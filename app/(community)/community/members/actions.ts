"use server";

import { action } from "@/lib/actions/action";
import { memberIdSchema, updateMemberSchema } from "@/lib/members/schema";
import { setMovedOut } from "@/lib/members/set-moved-out";
import { updateMember } from "@/lib/members/update-member";

export const updateMemberAction = action({
  permission: "roster.edit",
  schema: updateMemberSchema,
  run: async ({ actor, input }) => {
    await updateMember({ actor, input });
  },
  revalidate: [["/community", "layout"]],
});

export const moveOutAction = action({
  permission: "roster.edit",
  schema: memberIdSchema,
  successMessage: "memberFile.movedOut",
  run: async ({ actor, input }) => {
    await setMovedOut({ actor, input: { id: input.id, movedOut: true } });
  },
  revalidate: [["/community", "layout"]],
});

export const moveBackAction = action({
  permission: "roster.edit",
  schema: memberIdSchema,
  successMessage: "memberFile.movedBack",
  run: async ({ actor, input }) => {
    await setMovedOut({ actor, input: { id: input.id, movedOut: false } });
  },
  revalidate: [["/community", "layout"]],
});
