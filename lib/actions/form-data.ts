export type FormValue = string | File;
export type FormValues = Record<string, FormValue | FormValue[]>;

/**
 * FormData → plain object; repeated keys (checkbox groups, multi-selects) become arrays. Only
 * text is kept, except in the named file fields; Next's own `$ACTION…` fields are dropped. Keys
 * become own properties whatever their name (`__proto__`, `constructor`), never inherited ones.
 */
export function formDataToObject(formData: FormData, fileFields: readonly string[] = []): FormValues {
  const fields = new Map<string, FormValue[]>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string" && !fileFields.includes(key)) continue;
    const list = fields.get(key);
    if (list) list.push(value);
    else fields.set(key, [value]);
  }
  return Object.fromEntries([...fields].map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
}
