"use server";

import { action } from "@/lib/actions/action";
import { createTeam } from "@/lib/teams/create-team";
import { teamSchema } from "@/lib/teams/schema";

export const createTeamAction = action({
  permission: "teams.manage",
  schema: teamSchema,
  run: ({ actor, input }) => createTeam({ actor, input }),
  revalidate: [
    ["/community", "layout"],
    ["/me", "layout"],
  ],
  redirectTo: () => "/community/teams?done=created",
});
