/** One labelled select in a GET filter form; an empty first option means "no filter". */
export function FilterSelect({
  name,
  label,
  value,
  options,
  emptyLabel,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  /** omitted for selects that always have a value (sort order) */
  emptyLabel?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block w-full rounded-md border border-gray-500 bg-white px-2 py-2 text-sm"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
