import "server-only";
import { cache } from "react";
import { NotFoundError } from "../errors.ts";
import { firstParam, parseIdParam } from "../validation/fields.ts";
import { getNeedFormOptions } from "./get-need-form-options.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public post page's data, once per request (metadata and page): a malformed id is "not found". */
export const needPostPageData = cache(async (communityId: string, b: string | string[] | undefined) => {
  if (!UUID.test(communityId)) throw new NotFoundError();
  return getNeedFormOptions({ input: { communityId: communityId.toLowerCase(), buildingId: parseIdParam(firstParam(b)) } });
});
