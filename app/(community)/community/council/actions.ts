"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { appointCouncilMember } from "@/lib/council/appoint-council-member";
import { convertToActivity } from "@/lib/council/convert-to-activity";
import { convertToMenuItem } from "@/lib/council/convert-to-menu-item";
import { convertToNeed } from "@/lib/council/convert-to-need";
import { createConsultation } from "@/lib/council/create-consultation";
import { decideConsultation } from "@/lib/council/decide-consultation";
import { endCouncilSeat } from "@/lib/council/end-council-seat";
import { openConsultation } from "@/lib/council/open-consultation";
import { publishDecision } from "@/lib/council/publish-decision";
import { recordMeeting } from "@/lib/council/record-meeting";
import {
  appointCouncilMemberSchema,
  consultationIdSchema,
  consultationSchema,
  decideConsultationSchema,
  openConsultationSchema,
  recordMeetingSchema,
  seatIdSchema,
  toActivitySchema,
  toMenuItemSchema,
  toNeedSchema,
} from "@/lib/council/schema";

const REFRESH: Revalidate[] = [
  ["/community", "layout"],
  ["/me", "layout"],
];
const toConsultation = (result: { id: string }) => `/community/council/${result.id}`;
// a step that removes its own form says on the page what happened
const done = (what: string) => (result: { id: string }) => `/community/council/${result.id}?done=${what}`;

export const appointCouncilMemberAction = action({
  permission: "council.manage",
  schema: appointCouncilMemberSchema,
  run: ({ actor, input }) => appointCouncilMember({ actor, input }),
  revalidate: REFRESH,
  redirectTo: () => "/community/council",
});

export const endCouncilSeatAction = action({
  permission: "council.manage",
  schema: seatIdSchema,
  successMessage: "council.seatEnded",
  run: ({ actor, input }) => endCouncilSeat({ actor, input }),
  revalidate: REFRESH,
});

export const createConsultationAction = action({
  permission: "council.manage",
  schema: consultationSchema,
  run: ({ actor, input }) => createConsultation({ actor, input }),
  revalidate: REFRESH,
  redirectTo: toConsultation,
});

export const openConsultationAction = action({
  permission: "council.manage",
  schema: openConsultationSchema,
  run: ({ actor, input }) => openConsultation({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("opened"),
});

export const recordMeetingAction = action({
  permission: "council.manage",
  schema: recordMeetingSchema,
  successMessage: "council.meetingRecorded",
  run: ({ actor, input }) => recordMeeting({ actor, input }),
  revalidate: REFRESH,
});

export const decideConsultationAction = action({
  permission: "council.manage",
  schema: decideConsultationSchema,
  run: ({ actor, input }) => decideConsultation({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("decided"),
});

export const convertToMenuItemAction = action({
  permission: "council.manage",
  schema: toMenuItemSchema,
  run: ({ actor, input }) => convertToMenuItem({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("converted"),
});

export const convertToActivityAction = action({
  permission: "council.manage",
  schema: toActivitySchema,
  run: ({ actor, input }) => convertToActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("converted"),
});

export const convertToNeedAction = action({
  permission: "council.manage",
  schema: toNeedSchema,
  run: ({ actor, input }) => convertToNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("converted"),
});

export const publishDecisionAction = action({
  permission: "council.manage",
  schema: consultationIdSchema,
  run: ({ actor, input }) => publishDecision({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("published"),
});
