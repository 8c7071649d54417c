import { NotFoundError } from "./errors.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs: anything that is not one of ours is simply not found (never a 500). */
export function assertId(id: string): string {
  if (!UUID.test(id)) throw new NotFoundError();
  return id;
}
