import { fail, Message, Result } from "../core";
import { adapterMessages as M } from "./messages";

/** Runs an action and turns any Office error into a Result with a message that says what failed. */
export async function guard<T>(action: Message, body: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await body();
  } catch (error) {
    return fail(M.office(action, error));
  }
}
