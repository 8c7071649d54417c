import type { ReactNode, Ref } from "react";

const TONES = {
  /** it worked */
  success: "border border-green-300 bg-green-50 text-green-800",
  /** the user's last step failed and needs them: the GOV.UK error box */
  error: "border-2 border-red-700 bg-white text-red-800",
  /** a bad state of a thing rather than a mistake (cancelled, declined, failed job) */
  negative: "border border-red-300 bg-red-50 text-red-900",
  /** look before going on (possible duplicates, rows with errors, not verified yet) */
  warning: "border border-amber-300 bg-amber-50 text-amber-900",
  /** a plain remark */
  neutral: "border border-gray-200 bg-gray-50 text-gray-800",
} as const;

const SIZES = {
  sm: "px-3 py-2 text-sm",
  md: "px-4 py-3",
  lg: "px-4 py-4 text-lg font-semibold",
} as const;

export type NoticeTone = keyof typeof TONES;

/**
 * The one box for messages: success, error, warning. `role` is given by the caller ("status" for
 * news the page announces, "alert" for a failure), so a quiet remark is not read out.
 */
export function Notice({
  tone,
  size = "md",
  role,
  icon,
  errorSummary = false,
  focusable = false,
  ref,
  className,
  children,
}: {
  tone: NoticeTone;
  size?: keyof typeof SIZES;
  role?: "status" | "alert";
  /** an icon drawn before the text (aria-hidden) */
  icon?: ReactNode;
  /** the box that sums up a form's errors: focusable, and found by the e2e helpers */
  errorSummary?: boolean;
  /** a status box that takes focus after a submit (tabIndex -1) */
  focusable?: boolean;
  ref?: Ref<HTMLDivElement>;
  /** spacing around the box (a margin) */
  className?: string;
  children: ReactNode;
}) {
  const layout = icon ? (size === "lg" ? "flex items-center gap-3" : "flex items-start gap-2") : "";
  return (
    <div
      ref={ref}
      role={role}
      tabIndex={errorSummary || focusable ? -1 : undefined}
      data-error-summary={errorSummary || undefined}
      className={["rounded-md", TONES[tone], SIZES[size], layout, className].filter(Boolean).join(" ")}
    >
      {icon}
      {icon ? <div className="space-y-1">{children}</div> : children}
    </div>
  );
}
