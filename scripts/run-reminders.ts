// `npm run jobs:reminders`: sends the day-before activity reminders once and prints the counts.
// For a cron job or a separate worker (then set JOBS_DISABLED=1 on the app instances, optionally).
// Safe beside running app instances: an advisory lock and dedupe keys keep reminders single.
import { db } from "../lib/db.ts";
import { sendActivityReminders } from "../lib/notifications/send-activity-reminders.ts";

try {
  const result = await sendActivityReminders();
  console.log(
    result.skipped
      ? "reminders: skipped (another run holds the lock)"
      : `reminders: ${result.activities} activities tomorrow, ${result.recipients} recipients, ${result.sent} sent`,
  );
} catch (error) {
  console.error("reminders failed", error);
  process.exitCode = 1;
} finally {
  await db().$disconnect();
}
