// GET /api/v1/events: Server-Sent Events of the caller's live updates. A merchant hears its
// own shop's events; a customer hears the events that name them. The audience comes from
// the authenticated caller, never from the request, so no one can tune in to another shop.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { getHub } from "@/lib/realtime/hub";
import { merchantAudience, userAudience, type LiveEvent } from "@/lib/realtime/events";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 20_000;
// Streams end after a while and the browser reconnects (retry: 3000), which re-checks the
// token or session: a revoked token or disabled account stops hearing within this time.
const MAX_STREAM_MS = 10 * 60_000;

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/events",
    auth: ["MERCHANT", "CUSTOMER"],
    query: z.object({
      types: z.string().max(500).optional().describe("Comma-separated event types to receive; all when omitted"),
    }),
    summary:
      "Live events (text/event-stream): sale.created, payment.created, order.created, order.updated, sale.voided, claim.created...",
    description:
      "Each message is `event: <type>` + `data: {type, id, data, at}`. A `resync` event means events may have been missed: re-read. " +
      "Comment lines (`: ping`) every 20 s keep the connection open.",
    tags: ["realtime"],
    responses: { 200: { description: "An event stream", contentType: "text/event-stream" } },
  },
  async ({ user, merchantId, query, request }) => {
    const audience = user.role === "MERCHANT" && merchantId ? merchantAudience(merchantId) : userAudience(user.id);
    const wanted = query.types
      ? new Set(
          query.types
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
        )
      : null;
    const hub = getHub();
    // Listen before answering, so an event right after the client connects is not missed.
    await hub.ready(3_000);

    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let done = false;
        const send = (text: string) => {
          if (done) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup(); // the client went away between two writes
          }
        };
        const onEvent = (e: LiveEvent) => {
          if (wanted && !wanted.has(e.type)) return;
          send(
            `event: ${e.type}\ndata: ${JSON.stringify({ type: e.type, id: e.id, data: e.data ?? {}, at: e.at })}\n\n`,
          );
        };
        const unsubscribe = hub.subscribe(audience, {
          event: onEvent,
          resync: () => send("event: resync\ndata: {}\n\n"),
        });
        const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
        const end = () => {
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed or cancelled
          }
        };
        const lifetime = setTimeout(end, MAX_STREAM_MS);
        cleanup = () => {
          if (done) return;
          done = true;
          clearInterval(heartbeat);
          clearTimeout(lifetime);
          unsubscribe();
          request.signal.removeEventListener("abort", end);
        };
        request.signal.addEventListener("abort", end);
        send("retry: 3000\n: connected\n\n");
        if (request.signal.aborted) end();
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store, no-transform",
        // Tell nginx-style proxies not to buffer the stream.
        "X-Accel-Buffering": "no",
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
