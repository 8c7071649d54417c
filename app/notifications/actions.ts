"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { initialState } from "@/lib/actions/execute";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/mark-notifications-read";

// No permission: notifications belong to whoever is signed in, in any role. The wrapper still
// requires a session, and the use cases scope every query by the actor's own user id.

const openAction = action({
  schema: z.object({ id: z.string().regex(/^[1-9][0-9]{0,17}$/, "errors.notFound") }),
  run: async ({ actor, input }) => {
    const { link } = await openNotification({ actor, id: input.id });
    revalidatePath("/", "layout");
    // only a same-site path (checked by the use case); otherwise stay on the list
    redirect(link ?? "/notifications");
  },
});

/** Opening one notification: marks it read, then goes to its link. For a plain `<form action>`. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  await openAction(initialState, formData);
}

export const markAllNotificationsReadAction = action({
  schema: z.object({}),
  successMessage: "notifications.allMarkedRead",
  run: async ({ actor }) => {
    const result = await markAllNotificationsRead({ actor });
    revalidatePath("/", "layout");
    return result;
  },
});
