import { notFound } from "next/navigation";
import { NotFoundError } from "./errors.ts";

/** For pages: a row outside the actor's scope renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
