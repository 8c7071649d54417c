"use server";

import { action } from "@/lib/actions/action";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema, updateOwnProfileSchema } from "@/lib/members/schema";
import { updateOwnProfile } from "@/lib/members/update-own-profile";

export const updateOwnProfileAction = action({
  permission: "self.edit",
  schema: updateOwnProfileSchema,
  successMessage: (result: { needsVerification: boolean }) =>
    result.needsVerification ? "profile.savedNeedsVerification" : "profile.saved",
  run: ({ actor, input }) => updateOwnProfile({ actor, input }),
  revalidate: [["/me", "layout"]],
});

export const changePasswordAction = action({
  permission: "self.view",
  schema: changePasswordSchema,
  successMessage: "profile.passwordChanged",
  run: async ({ actor, input }) => {
    await changePassword({ actor, input: { currentPassword: input.currentPassword, newPassword: input.newPassword } });
  },
});
