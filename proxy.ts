// Next 16's proxy (the renamed middleware): runs before every page. It only shapes requests,
// it is never the guard (pages, actions and handlers check the caller themselves).
// - A fresh CSP nonce per page (lib/http/csp.ts): set on the request, where Next picks it up
//   for its own scripts, and on the response, where the browser enforces it.
// - A server-action call whose action id is not well-formed, or whose body is not the shape
//   React sends (JSON text, or multipart form data), is a 400 here: Next answered it with a 500.
import { NextResponse, type NextRequest } from "next/server";
import { mimeTypeOf } from "@/lib/api/body";
import { contentSecurityPolicy, newNonce, NONCE_HEADER } from "@/lib/http/csp";

const ACTION_ID = /^[0-9a-f]{40,64}$/i;

const malformed = () =>
  new NextResponse("Malformed server action request", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** Does the body parse the way React's decodeReply will read it? (Bodies are capped by serverActions.bodySizeLimit.) */
async function actionBodyParses(request: NextRequest): Promise<boolean> {
  try {
    if (mimeTypeOf(request.headers.get("content-type")) === "multipart/form-data") await request.clone().formData();
    else JSON.parse(await request.clone().text());
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const action = request.headers.get("next-action");
  if (action !== null) {
    if (request.method !== "POST" || !ACTION_ID.test(action)) return malformed();
    if (!(await actionBodyParses(request))) return malformed();
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and actions; not the API (JSON, its own rules), static files, images or the worker.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icons/|sw.js|manifest.webmanifest|favicon.ico|robots.txt).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
