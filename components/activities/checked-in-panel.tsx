import { CheckCircle2 } from "lucide-react";
import { Notice } from "../ui/notice";

/** The big green "签到成功" block, shown after the button and when the page is opened again. */
export function CheckedInPanel({ message, detail }: { message: string; detail?: string }) {
  return (
    <Notice tone="success" role="status">
      <div className="py-2 text-center">
        <CheckCircle2 aria-hidden="true" className="mx-auto h-12 w-12 text-green-700" />
        <p className="mt-2 text-xl font-semibold">{message}</p>
        {detail ? <p className="mt-1">{detail}</p> : null}
      </div>
    </Notice>
  );
}
