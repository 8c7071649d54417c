import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { isDatabaseUnavailable, markDatabaseDown } from "../database-outage.ts";
import { can, type Permission } from "../auth/permissions.ts";
import { UserFacingError } from "../errors.ts";
import { formDataToObject, type FormValues } from "./form-data.ts";
import type { ActionState } from "./types.ts";

export { initialState, type ActionState } from "./types.ts";

export type ActionDefinition<S extends z.ZodType, R> = {
  /** omitted only for actions anyone signed in may call (their own notifications, role switch) */
  permission?: Permission;
  schema: S;
  /** fields that carry an uploaded file (kept as a File; a file anywhere else is dropped) */
  files?: readonly string[];
  run: (ctx: { actor: Actor; input: z.infer<S> }) => Promise<R>;
  successMessage?: string | ((data: R) => string);
};

const SECRET_FIELDS = /password/i;

/** What the form gets back to refill its fields: text only, never passwords or files. */
function echo(values: FormValues): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (SECRET_FIELDS.test(key)) continue;
    if (typeof value === "string") result[key] = value;
    else if (Array.isArray(value)) result[key] = value.filter((v): v is string => typeof v === "string");
  }
  return result;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    if (!Object.hasOwn(fieldErrors, key)) {
      fieldErrors[key] = issue.message.includes(".") ? issue.message : "validation.invalid";
    }
  }
  return fieldErrors;
}

/** The form's answer when the database cannot be reached: what was typed stays in the form. */
export function maintenanceState(formData: FormData): ActionState<never> {
  markDatabaseDown();
  return { ok: false, message: "errors.maintenanceForm", values: echo(formDataToObject(formData)) };
}

/**
 * The action wrapper's core: permission, parsing, the use case, and errors made safe. The actor
 * may be given as a promise, so that a database outage while reading the session is answered
 * like one during the use case.
 */
export async function executeAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  actorOrLoading: Actor | null | Promise<Actor | null>,
  formData: FormData,
): Promise<ActionState<R>> {
  // anyone can post any React-encoded value in place of the form (a string, an object, nothing)
  if (!(formData instanceof FormData)) return { ok: false, message: "errors.checkForm" };
  let actor: Actor | null;
  try {
    actor = await actorOrLoading;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return maintenanceState(formData);
    throw error;
  }
  if (!actor) return { ok: false, message: "errors.signInRequired" };
  if (definition.permission && !can(actor, definition.permission)) {
    return { ok: false, message: "errors.forbidden" };
  }
  const raw = formDataToObject(formData, definition.files);
  const parsed = definition.schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: "errors.checkForm", values: echo(raw), fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    const data = await definition.run({ actor, input: parsed.data });
    const message = typeof definition.successMessage === "function" ? definition.successMessage(data) : definition.successMessage;
    return { ok: true, message: message ?? "common.saved", data };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) {
      return { ok: false, message: error.messageKey, values: echo(raw), fieldErrors: error.fieldErrors };
    }
    if (isDatabaseUnavailable(error)) return maintenanceState(formData);
    console.error("action failed", error);
    return { ok: false, message: "errors.unexpected", values: echo(raw) };
  }
}
