"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type MouseEvent } from "react";
import type { FormAction } from "@/lib/actions/types";
import { buttonClass } from "../ui/button";
import { useFormField } from "./action-form";

const RESEND_SECONDS = 60;

/**
 * The SMS code field with its "获取验证码" button, inside a form that has a `phone` field. The
 * button sends the phone to `sendCode` without submitting (or resetting) the form around it.
 */
export function PhoneCodeField({ sendCode, purpose }: { sendCode: FormAction; purpose: "REGISTER" | "RESET" }) {
  const t = useTranslations();
  const label = t("phoneCode.label");
  const { error, value, id } = useFormField("code", label);
  const [notice, setNotice] = useState<{ ok: boolean; key: string } | null>(null);
  const [wait, setWait] = useState(0);
  const [sending, startSending] = useTransition();

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  function send(event: MouseEvent<HTMLButtonElement>) {
    const phone = event.currentTarget.form?.elements.namedItem("phone");
    const data = new FormData();
    data.set("phone", phone instanceof HTMLInputElement ? phone.value : "");
    data.set("purpose", purpose);
    startSending(async () => {
      const state = await sendCode({ ok: false }, data);
      if (state.ok) setWait(RESEND_SECONDS);
      setNotice({
        ok: state.ok,
        key: state.ok
          ? `phoneCode.sent${purpose === "RESET" ? "Reset" : ""}`
          : (state.fieldErrors?.phone ?? state.message ?? "errors.unexpected"),
      });
    });
  }

  const current = typeof value === "string" ? value : "";
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-gray-600">
        {t("phoneCode.hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {t(error)}
        </p>
      ) : null}
      <div className="mt-1 flex gap-2">
        <input
          key={current}
          id={id}
          name="code"
          defaultValue={current}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          aria-invalid={!!error}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : "", notice ? `${id}-notice` : ""].filter(Boolean).join(" ")}
          className="block w-36 rounded-md border border-gray-400 bg-white px-3 py-2 text-base tracking-widest text-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 sm:text-sm"
        />
        <button type="button" onClick={send} disabled={sending || wait > 0} className={buttonClass("secondary")}>
          {sending ? t("common.working") : wait > 0 ? t("phoneCode.resendIn", { seconds: wait }) : t("phoneCode.send")}
        </button>
      </div>
      {notice ? (
        <p
          id={`${id}-notice`}
          role={notice.ok ? "status" : "alert"}
          className={`mt-1 text-sm ${notice.ok ? "text-green-800" : "font-medium text-red-700"}`}
        >
          {t(notice.key)}
        </p>
      ) : null}
    </div>
  );
}
