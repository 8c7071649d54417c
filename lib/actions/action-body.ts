// Next decodes a server action's body (multipart parsing, then React's reply decoding) before any
// of our code runs, and answers 500 when that throws: a truncated multipart body, a root that is
// not JSON, a reference to a part that is not there. The proxy asks this first and answers 400.
// Our actions are called with plain data and one FormData (the previous state and the form), so
// only that subset of React's reply encoding is accepted; anything else is refused here.

/** Tokens React's reply encoding writes for plain values (`$$` escapes a leading `$`). */
const PLAIN_TOKEN = /^\$(?:\$|undefined$|NaN$|Infinity$|-0$|-Infinity$|D|n-?\d{1,300}$|K[0-9a-f]+$)/;
const MAX_ARRAY_ITEMS = 100_000;

/** Whether a decoded root holds only plain values and references to FormData parts. */
function isPlainReply(root: unknown): boolean {
  let arrayItems = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_TOKEN.test(value)) return false;
    } else if (Array.isArray(value)) {
      arrayItems += value.length;
      if (arrayItems > MAX_ARRAY_ITEMS) return false;
      stack.push(...value);
    } else if (value !== null && typeof value === "object") {
      stack.push(...Object.values(value));
    }
  }
  return true;
}

/** Next refuses (with a 500) a call with more arguments than this. */
const MAX_ARGUMENTS = 1000;

function isPlainJson(text: string): boolean {
  try {
    const root: unknown = JSON.parse(text);
    if (Array.isArray(root) && root.length > MAX_ARGUMENTS) return false;
    return isPlainReply(root);
  } catch {
    return false;
  }
}

export type ActionBodyKind = "fetch" | "form";

/** A POST that Next treats as a server action: a `Next-Action` header, or a multipart form (no-JS submit). */
export function actionBodyKind(method: string, headers: Headers): ActionBodyKind | null {
  if (method !== "POST") return null;
  if (headers.has("next-action")) return "fetch";
  return headers.get("content-type")?.startsWith("multipart/form-data") ? "form" : null;
}

/**
 * Whether Next can decode this action body without throwing. `request` is read (pass a clone).
 * A form posted without JavaScript only has to be well-formed multipart: Next checks its
 * `$ACTION_…` fields itself and answers 400/404.
 */
export async function isWellFormedActionBody(request: Request, kind: ActionBodyKind): Promise<boolean> {
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  if (!multipart) {
    // a form posted without JavaScript as urlencoded is ignored by Next; a fetch action sends text
    return kind === "form" || isPlainJson(await request.text());
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return false;
  }
  if (kind === "form") return true;
  const root = form.get("0");
  return typeof root === "string" && isPlainJson(root);
}
