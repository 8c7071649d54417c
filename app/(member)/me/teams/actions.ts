"use server";

// A team leader's actions (docs/decisions/083): the same use cases as the secretary's, which
// narrow the scope to the teams the member leads.
import { action, type Revalidate } from "@/lib/actions/action";
import { createActivity } from "@/lib/activities/create-activity";
import { publishActivity } from "@/lib/activities/publish-activity";
import { activityIdSchema, activitySchema } from "@/lib/activities/schema";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { confirmAttendanceSchema } from "@/lib/attendance/schema";
import { applyToTeam } from "@/lib/teams/apply-to-team";
import { decideMembership } from "@/lib/teams/decide-membership";
import { decideMembershipSchema, teamIdSchema } from "@/lib/teams/schema";

const REFRESH: Revalidate[] = [
  ["/me", "layout"],
  ["/community", "layout"],
];

export const applyToTeamAction = action({
  permission: "self.teams",
  schema: teamIdSchema,
  successMessage: "teams.applied",
  run: ({ actor, input }) => applyToTeam({ actor, input }),
  revalidate: REFRESH,
});

export const decideMembershipAction = action({
  permission: "team.lead",
  schema: decideMembershipSchema,
  successMessage: "teams.decided",
  run: ({ actor, input }) => decideMembership({ actor, input }),
  revalidate: REFRESH,
});

export const teamCreateActivityAction = action({
  permission: "team.lead",
  schema: activitySchema,
  run: ({ actor, input }) => createActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: (result: { id: string }) => `/me/teams/activities/${result.id}`,
});

export const teamPublishActivityAction = action({
  permission: "team.lead",
  schema: activityIdSchema,
  run: ({ actor, input }) => publishActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: (result: { id: string }) => `/me/teams/activities/${result.id}?done=published`,
});

export const teamConfirmAttendanceAction = action({
  permission: "team.lead",
  schema: confirmAttendanceSchema,
  successMessage: "attendance.confirmedMessage",
  run: ({ actor, input }) => confirmAttendance({ actor, input }),
  revalidate: REFRESH,
});
