"use server";

import { action } from "@/lib/actions/action";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema, confirmOwnUnitLinkSchema, updateOwnProfileSchema } from "@/lib/members/schema";
import { confirmOwnUnitLink } from "@/lib/members/confirm-own-unit-link";
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
  permission: "self.application",
  schema: changePasswordSchema,
  successMessage: "profile.passwordChanged",
  run: async ({ actor, input }) => {
    await changePassword({ actor, input: { currentPassword: input.currentPassword, newPassword: input.newPassword } });
  },
});

export const confirmOwnUnitLinkAction = action({
  permission: "self.edit",
  schema: confirmOwnUnitLinkSchema,
  successMessage: "trust.ownLink.confirmed",
  run: async ({ actor, input }) => {
    await confirmOwnUnitLink({ actor, input });
  },
  revalidate: [["/me", "layout"]],
});
