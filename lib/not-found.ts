import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/data/errors";

/**
 * For pages: a record that does not exist or lies outside the viewer's scope shows the not-found page
 * (the data layer tells the two apart to no one); any other error stays an error.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
