import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";

/** A GET form: the query lives in the URL, so filters survive reloads and can be shared. */
export async function SearchBox({
  label,
  defaultValue,
  extra = {},
}: {
  label: string;
  defaultValue?: string;
  extra?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      {Object.entries(extra).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div>
        <label htmlFor="search-q" className="block text-sm font-medium text-gray-800">
          {label}
        </label>
        <input
          id="search-q"
          name="q"
          defaultValue={defaultValue}
          className="mt-1 w-64 rounded-md border border-gray-500 bg-white px-3 py-2 text-sm"
        />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("search")}
      </button>
    </form>
  );
}
