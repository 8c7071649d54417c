"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { openNotification } from "@/lib/notifications/open-notification";

// No permission: notifications belong to whoever is signed in, in any role. The wrapper still
// requires a session, and the use cases scope every query by the actor's own user id.

/** Opening one notification: marks it read, then goes to its link (a same-site path checked by the use case). */
export const openNotificationAction = action({
  schema: z.object({ id: z.string({ error: "errors.notFound" }).regex(/^[1-9][0-9]{0,17}$/, "errors.notFound") }),
  run: async ({ actor, input }) => openNotification({ actor, input: { id: input.id } }),
  revalidate: [["/", "layout"]],
  redirectTo: ({ link }) => link ?? "/notifications",
});

export const markAllNotificationsReadAction = action({
  schema: z.object({}),
  successMessage: "notifications.allMarkedRead",
  run: ({ actor }) => markAllNotificationsRead({ actor }),
  revalidate: [["/", "layout"]],
});
