import { UserFacingError } from "../errors.ts";
import { db } from "../db.ts";
import { hashPassword } from "./password.ts";
import { verifyCredentials } from "./verify-credentials.ts";

/**
 * Registration forms (members, units) reuse an existing account only with its own password,
 * checked and throttled like a sign-in; a new phone gets a fresh hash to create the account with.
 */
export async function accountForRegistration(options: {
  phone: string;
  password: string;
  clientAddress: string;
  wrongPasswordKey: string;
}): Promise<{ kind: "existing"; userId: string } | { kind: "new"; passwordHash: string }> {
  const existing = await db().user.findUnique({ where: { phone: options.phone }, select: { id: true } });
  if (!existing) return { kind: "new", passwordHash: await hashPassword(options.password) };
  const check = await verifyCredentials(options);
  if (!check.ok && check.reason === "throttled") throw new UserFacingError("auth.throttled");
  if (!check.ok) throw new UserFacingError("errors.checkForm", { password: options.wrongPasswordKey });
  return { kind: "existing", userId: existing.id };
}
