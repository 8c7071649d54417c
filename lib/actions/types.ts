// Client-safe: the shapes of a form action, shared by the wrapper and the components that submit.

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

/**
 * The one type of a server action as components receive it (from their page or layout, as a
 * prop): made by the wrapper in lib/actions. Use it with `useActionState`, or bind the initial
 * state for a plain `<form action={submit.bind(null, initialState)}>`.
 */
export type FormAction<D = unknown> = (previous: ActionState, formData: FormData) => Promise<ActionState<D>>;

/**
 * A form action for a plain `<form action>` that shows no state (role switch, sign-out, language,
 * opening a notification): the initial state bound, the returned state ignored.
 */
export function plainFormAction(action: FormAction): (formData: FormData) => Promise<void> {
  // a bound server action stays a server action (a wrapping closure would not); React ignores what it returns
  return action.bind(null, initialState) as unknown as (formData: FormData) => Promise<void>;
}
