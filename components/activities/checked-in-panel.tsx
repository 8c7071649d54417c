import { CheckCircle2 } from "lucide-react";

/** The big green "签到成功" block, shown after the button and when the page is opened again. */
export function CheckedInPanel({ message, detail }: { message: string; detail?: string }) {
  return (
    <div role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-5 text-center text-green-900">
      <CheckCircle2 aria-hidden="true" className="mx-auto h-12 w-12 text-green-700" />
      <p className="mt-2 text-xl font-semibold">{message}</p>
      {detail ? <p className="mt-1">{detail}</p> : null}
    </div>
  );
}
