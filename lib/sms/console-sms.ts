import { db } from "../db.ts";
import { codeText, type SmsProvider } from "./sms-provider.ts";

/** Outbox rows are for reading a code a moment later; a day is plenty. */
const KEEP_HOURS = 24;

/**
 * The embedded demo's provider: nothing leaves the machine. The code goes to the server log and to
 * the outbox (the only place a code is stored readable), which the street admin reads at
 * /admin/sms-outbox. Never the default in production (lib/env.ts `smsSettings`).
 */
export const consoleSmsProvider: SmsProvider = {
  name: "console",
  async sendCode(message) {
    const text = codeText(message);
    console.log(`[sms:console] to ${message.phone}: ${text}`);
    await db().smsOutbox.create({ data: { phone: message.phone, text } });
    if (Math.random() < 0.05) {
      await db().smsOutbox.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_HOURS * 3600_000) } } });
    }
  },
};
