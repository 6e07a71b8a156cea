// Next.js calls register() once when a server starts (never per request).
export async function register() {
  // Only the Node.js server at run time: not the edge runtime, not `next build`'s workers.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmUp } = await import("@/lib/warm-up");
  // Not awaited: the server starts listening at once and the warm-up runs beside it.
  void warmUp();
}
