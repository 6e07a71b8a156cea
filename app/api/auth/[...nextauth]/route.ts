import NextAuth from "next-auth";
import { mimeTypeOf } from "@/lib/api/body";
import { errorResponse } from "@/lib/api/errors";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own client posts forms (sign-in, sign-out, its logger), always URL-encoded.
// Anything else is refused here: next-auth would try to parse e.g. broken JSON and answer 500.
async function POST(request: Request, context: Context): Promise<Response> {
  if (mimeTypeOf(request.headers.get("content-type")) !== "application/x-www-form-urlencoded") {
    return errorResponse(415, "unsupported_media_type", "Send the form as application/x-www-form-urlencoded");
  }
  return handler(request, context);
}

export { handler as GET, POST };
