import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { mimeTypeOf, readCappedBytes, withBody } from "@/lib/api/body";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own client posts forms (sign-in, sign-out, its logger), always URL-encoded.
// Anything else is refused here: next-auth would try to parse e.g. broken JSON and answer 500.
async function POST(request: Request, context: Context): Promise<Response> {
  if (mimeTypeOf(request.headers.get("content-type")) !== "application/x-www-form-urlencoded") {
    return errorResponse(415, "unsupported_media_type", "Send the form as application/x-www-form-urlencoded");
  }
  // A sign-in form is a few hundred bytes: read at most 16 KB, then hand next-auth the copy.
  let bytes: Uint8Array;
  try {
    bytes = await readCappedBytes(request, 16 * 1024);
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(err.status, err.code, err.message);
    throw err;
  }
  return handler(new NextRequest(withBody(request, bytes)), context);
}

export { handler as GET, POST };
