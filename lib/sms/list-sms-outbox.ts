import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { smsProviderName } from "../env.ts";

export type ListSmsOutboxOptions = { actor: Actor; input?: { page?: number } };

export const OUTBOX_PAGE_SIZE = 50;

/**
 * What the console provider "sent", newest first (the embedded demo reads its codes here). Only
 * the console provider writes it; with a real provider the page says so and lists nothing.
 */
export async function listSmsOutbox({ actor, input = {} }: ListSmsOutboxOptions) {
  authorize(actor, "sms.outbox");
  const provider = smsProviderName();
  const page = Math.max(1, input.page ?? 1);
  if (provider !== "console") return { provider, page, pageSize: OUTBOX_PAGE_SIZE, total: 0, messages: [] };
  const [messages, total] = await Promise.all([
    db().smsOutbox.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, phone: true, text: true, createdAt: true },
    }),
    db().smsOutbox.count(),
  ]);
  return {
    provider,
    page,
    pageSize: OUTBOX_PAGE_SIZE,
    total,
    messages: messages.map((m) => ({ ...m, id: m.id.toString() })),
  };
}
