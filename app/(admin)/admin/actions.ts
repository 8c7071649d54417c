"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { setOrgArchived } from "@/lib/orgs/archive-org";
import { createOrg } from "@/lib/orgs/create-org";
import { moveOrg } from "@/lib/orgs/move-org";
import { renameOrg } from "@/lib/orgs/rename-org";
import { createWorkUnit } from "@/lib/orgs/create-work-unit";
import { updateWorkUnit } from "@/lib/orgs/update-work-unit";
import {
  createOrgSchema,
  moveOrgSchema,
  orgIdSchema,
  renameOrgSchema,
  updateWorkUnitSchema,
  workUnitSchema,
} from "@/lib/orgs/schema";
import { grantRole } from "@/lib/users/grant-role";
import { revokeRole } from "@/lib/users/revoke-role";
import { grantRoleSchema, revokeRoleSchema, signOutUserSchema } from "@/lib/users/schema";
import { signOutUser } from "@/lib/users/sign-out-user";

const REFRESH: Revalidate[] = [["/admin", "layout"]];

export const createOrgAction = action({
  permission: "orgs.manage",
  schema: createOrgSchema,
  successMessage: "orgs.created",
  run: async ({ actor, input }) => {
    await createOrg({ actor, input });
  },
  revalidate: REFRESH,
});

export const renameOrgAction = action({
  permission: "orgs.manage",
  schema: renameOrgSchema,
  successMessage: "orgs.renamed",
  run: async ({ actor, input }) => {
    await renameOrg({ actor, input });
  },
  revalidate: REFRESH,
});

export const moveOrgAction = action({
  permission: "orgs.manage",
  schema: moveOrgSchema,
  successMessage: "orgs.moved",
  run: async ({ actor, input }) => {
    await moveOrg({ actor, input });
  },
  revalidate: REFRESH,
});

export const archiveOrgAction = action({
  permission: "orgs.manage",
  schema: orgIdSchema,
  successMessage: "orgs.archived",
  run: async ({ actor, input }) => {
    await setOrgArchived({ actor, input: { id: input.id, archived: true } });
  },
  revalidate: REFRESH,
});

export const restoreOrgAction = action({
  permission: "orgs.manage",
  schema: orgIdSchema,
  successMessage: "orgs.restored",
  run: async ({ actor, input }) => {
    await setOrgArchived({ actor, input: { id: input.id, archived: false } });
  },
  revalidate: REFRESH,
});

export const createWorkUnitAction = action({
  permission: "units.manage",
  schema: workUnitSchema,
  run: ({ actor, input }) => createWorkUnit({ actor, input }),
  revalidate: REFRESH,
  redirectTo: ({ id }) => `/admin/units/${id}?created=1`,
});

export const updateWorkUnitAction = action({
  permission: "units.manage",
  schema: updateWorkUnitSchema,
  run: async ({ actor, input }) => {
    await updateWorkUnit({ actor, input });
  },
  revalidate: REFRESH,
});

export const grantRoleAction = action({
  permission: "grants.manage",
  schema: grantRoleSchema,
  successMessage: "users.granted",
  run: async ({ actor, input }) => {
    await grantRole({ actor, input });
  },
  revalidate: REFRESH,
});

export const revokeRoleAction = action({
  permission: "grants.manage",
  schema: revokeRoleSchema,
  successMessage: "users.revoked",
  run: async ({ actor, input }) => {
    await revokeRole({ actor, input: { grantId: input.grantId } });
  },
  revalidate: REFRESH,
});

export const signOutUserAction = action({
  permission: "grants.manage",
  schema: signOutUserSchema,
  successMessage: "users.signedOutEverywhere",
  run: async ({ actor, input }) => {
    await signOutUser({ actor, input });
  },
});
