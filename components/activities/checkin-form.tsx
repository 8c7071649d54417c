"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/types";
import { buttonClass } from "../ui/button";
import { CheckedInPanel } from "./checked-in-panel";
import { ActionMessage } from "../forms/action-message";
import { FocusOnMount } from "../forms/focus-on-mount";
import type { CheckInResult } from "@/lib/attendance/checkin-rules";
import type { FormAction } from "@/lib/actions/types";

function ConfirmButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      aria-busy={pending}
      onClick={(event) => {
        // not `disabled`: a disabled button drops focus to <body>; a second press just does nothing
        if (pending) event.preventDefault();
      }}
      className={buttonClass("primary", "min-h-14 w-full text-xl")}
    >
      {pending ? t("working") : label}
    </button>
  );
}

/** One big button that submits the scanned token; the result (or the reason why not) replaces it. */
export function CheckinForm({
  activityId,
  token,
  action,
}: {
  activityId: string;
  token: string;
  action: FormAction<CheckInResult>;
}) {
  const t = useTranslations("checkin");
  const format = useFormatter();
  const [state, formAction] = useActionState(action, { ok: false } as ActionState<CheckInResult>);

  // a malformed token or id fails the schema: show the field's reason, not "check the form"
  const error = state.message ? (state.fieldErrors?.token ?? state.fieldErrors?.activityId ?? state.message) : null;
  // expired code, not signed up, outside the window, not found: pressing again would not help
  const final = !!error && error.startsWith("checkin.");
  // one object per answer, so the message takes focus once per submit
  const shown = useMemo<ActionState>(() => (error ? { ok: false, message: error } : { ok: false }), [state]); // eslint-disable-line react-hooks/exhaustive-deps
  if (state.ok && state.data) {
    const time = format.dateTime(new Date(state.data.checkedInAt), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    return (
      <FocusOnMount>
        <CheckedInPanel
          message={t("success", { time })}
          detail={state.data.alreadyConfirmed ? t("alreadyConfirmed") : t("afterSuccess")}
        />
      </FocusOnMount>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <ActionMessage state={shown} />
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="token" value={token} />
      {final ? null : <ConfirmButton label={t("confirm")} />}
    </form>
  );
}
