"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/types";
import { buttonClass, type ButtonVariant } from "../ui/button";
import { ActionMessage } from "../forms/action-message";
import type { SignUpResult } from "@/lib/activities/schema";
import type { FormAction } from "@/lib/actions/types";

export type PanelAction = "signUp" | "joinWaitlist" | "cancel" | "leaveWaitlist";

function BigButton({ label, variant }: { label: string; variant: ButtonVariant }) {
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
      className={buttonClass(variant, "min-h-12 w-full text-lg")}
    >
      {pending ? t("working") : label}
    </button>
  );
}

/**
 * The activity's one action (sign up, join the waitlist, cancel) and the result of the last one.
 * The page re-renders with the new status after each action; this component stays mounted, so
 * the message ("报名成功", "已取消报名", or why not) stays on screen above the new state.
 */
export function SignupPanel({
  activityId,
  title,
  action,
  children,
  signUpAction,
  cancelAction,
}: {
  activityId: string;
  title: string;
  action: PanelAction | null;
  children?: ReactNode;
  signUpAction: FormAction<SignUpResult>;
  cancelAction: FormAction<null>;
}) {
  const t = useTranslations("memberActivities");
  const [signupState, signUp] = useActionState(signUpAction, { ok: false } as ActionState<SignUpResult>);
  const [cancelState, cancel] = useActionState(cancelAction, { ok: false } as ActionState<null>);
  const [last, setLast] = useState<"signup" | "cancel" | null>(null);
  // the message of the action used last (before hydration, whichever has one)
  const showCancel = last === "cancel" || (last === null && !!cancelState.message);
  const state: ActionState<unknown> = showCancel ? cancelState : signupState;
  const values: Record<string, string | number> = showCancel ? {} : { position: signupState.data?.position ?? "" };

  return (
    <div className="space-y-4">
      <ActionMessage state={state} values={values} size="lg" />
      {children}
      {action === "signUp" || action === "joinWaitlist" ? (
        <form action={signUp} onSubmit={() => setLast("signup")}>
          <input type="hidden" name="activityId" value={activityId} />
          <BigButton label={t(`actions.${action}`)} variant="primary" />
        </form>
      ) : action ? (
        <form
          action={cancel}
          onSubmit={(event) => {
            if (!window.confirm(t(action === "cancel" ? "cancelConfirm" : "leaveWaitlistConfirm", { title }))) {
              event.preventDefault();
              return;
            }
            setLast("cancel");
          }}
        >
          <input type="hidden" name="activityId" value={activityId} />
          <BigButton label={t(`actions.${action}`)} variant="danger" />
        </form>
      ) : null}
    </div>
  );
}
