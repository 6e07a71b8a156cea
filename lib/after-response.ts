// Run a side effect (a push notification) after the response is sent, with Next's after();
// outside a request (a script, a unit test calling a handler) it simply runs now, unawaited.
import { after } from "next/server";

export function afterResponse(task: () => Promise<unknown>): void {
  const run = () => task().catch((err: unknown) => console.error("[after-response] failed", err));
  try {
    after(run);
  } catch {
    void run();
  }
}
