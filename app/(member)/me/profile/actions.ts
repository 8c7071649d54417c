"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { changePassword } from "@/lib/auth/change-password";
import { clearSessionCookie } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
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

/** A new password ends every session, this one too (a copied cookie must not survive it): sign in again. */
export const changePasswordAction = action({
  permission: "self.view",
  schema: changePasswordSchema,
  run: async ({ actor, input }) => {
    await changePassword({ actor, input: { currentPassword: input.currentPassword, newPassword: input.newPassword } });
    await clearSessionCookie();
  },
  redirectTo: () => "/login?notice=passwordChanged",
});

export const signOutEverywhereAction = action({
  permission: "self.view",
  schema: z.object({}),
  run: async ({ actor }) => {
    await signOutEverywhere({ actor });
    await clearSessionCookie();
  },
  redirectTo: () => "/login?notice=signedOutEverywhere",
});
