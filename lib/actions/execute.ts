import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { isDatabaseUnavailable, markDatabaseDown } from "../database-outage.ts";
import { can, type Permission } from "../auth/permissions.ts";
import { UserFacingError } from "../errors.ts";
import { formDataToObject } from "./form-data.ts";

export type ActionState<D = unknown> = {
  ok: boolean;
  /** i18n key of a message for the whole form */
  message?: string;
  /** what the user submitted, to refill the form (React 19 resets uncontrolled fields) */
  values?: Record<string, string | string[]>;
  /** field name → i18n key */
  fieldErrors?: Record<string, string>;
  data?: D;
};

export const initialState: ActionState = { ok: false };

export type ActionDefinition<S extends z.ZodType, R> = {
  /** omitted only for actions anyone may call (sign-in, registration) */
  permission?: Permission;
  schema: S;
  run: (ctx: { actor: Actor; input: z.infer<S> }) => Promise<R>;
  successMessage?: string | ((data: R) => string);
};

const SECRET_FIELDS = /password/i;

function echo(values: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    fieldErrors[key] ??= issue.message.includes(".") ? issue.message : "validation.invalid";
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
  const raw = formDataToObject(formData);
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
