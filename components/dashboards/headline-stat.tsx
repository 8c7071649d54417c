import Link from "next/link";

/** A headline number; with `href` the number opens the list it counts. */
export function HeadlineStat({ label, value, hint, href }: { label: string; value: string; hint?: string; href?: string }) {
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-4">
      <div className="text-sm text-gray-600">{label}</div>
      <div className="tabular mt-1 text-3xl font-semibold text-gray-900">
        {href ? (
          <Link href={href} className="underline decoration-gray-300 underline-offset-4 hover:decoration-gray-900">
            {value}
          </Link>
        ) : (
          value
        )}
      </div>
      {hint ? <div className="mt-1 text-xs text-gray-600">{hint}</div> : null}
    </div>
  );
}
