"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { setOrgArchived } from "@/lib/orgs/archive-org";
import { createOrg } from "@/lib/orgs/create-org";
import { moveOrg } from "@/lib/orgs/move-org";
import { renameOrg } from "@/lib/orgs/rename-org";
import { createWorkUnit, updateWorkUnit } from "@/lib/orgs/save-work-unit";
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
import { grantRoleSchema, revokeRoleSchema } from "@/lib/users/schema";

function refresh() {
  revalidatePath("/admin", "layout");
}

export const createOrgAction = action({
  permission: "orgs.manage",
  schema: createOrgSchema,
  successMessage: "orgs.created",
  run: async ({ actor, input }) => {
    await createOrg({ actor, ...input });
    refresh();
  },
});

export const renameOrgAction = action({
  permission: "orgs.manage",
  schema: renameOrgSchema,
  successMessage: "orgs.renamed",
  run: async ({ actor, input }) => {
    await renameOrg({ actor, ...input });
    refresh();
  },
});

export const moveOrgAction = action({
  permission: "orgs.manage",
  schema: moveOrgSchema,
  successMessage: "orgs.moved",
  run: async ({ actor, input }) => {
    await moveOrg({ actor, ...input });
    refresh();
  },
});

export const archiveOrgAction = action({
  permission: "orgs.manage",
  schema: orgIdSchema,
  successMessage: "orgs.archived",
  run: async ({ actor, input }) => {
    await setOrgArchived({ actor, id: input.id, archived: true });
    refresh();
  },
});

export const restoreOrgAction = action({
  permission: "orgs.manage",
  schema: orgIdSchema,
  successMessage: "orgs.restored",
  run: async ({ actor, input }) => {
    await setOrgArchived({ actor, id: input.id, archived: false });
    refresh();
  },
});

export const createWorkUnitAction = action({
  permission: "units.manage",
  schema: workUnitSchema,
  run: async ({ actor, input }) => {
    const { id } = await createWorkUnit({ actor, input });
    refresh();
    redirect(`/admin/units/${id}?created=1`);
  },
});

export const updateWorkUnitAction = action({
  permission: "units.manage",
  schema: updateWorkUnitSchema,
  run: async ({ actor, input: { id, ...input } }) => {
    await updateWorkUnit({ actor, id, input });
    refresh();
  },
});

export const grantRoleAction = action({
  permission: "grants.manage",
  schema: grantRoleSchema,
  successMessage: "users.granted",
  run: async ({ actor, input }) => {
    await grantRole({ actor, input });
    refresh();
  },
});

export const revokeRoleAction = action({
  permission: "grants.manage",
  schema: revokeRoleSchema,
  successMessage: "users.revoked",
  run: async ({ actor, input }) => {
    await revokeRole({ actor, grantId: input.grantId });
    refresh();
  },
});
