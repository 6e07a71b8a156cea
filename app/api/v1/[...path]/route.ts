// Any /api/v1 path that is no endpoint: 404 in the API's error shape, for every method (without
// this, Next answers with its HTML 404 page). Static and dynamic routes always win over it.
import { errorResponse } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

const notFound = async (request: Request): Promise<Response> =>
  errorResponse(
    404,
    "not_found",
    `No endpoint at ${new URL(request.url).pathname.slice(0, 200)}. The endpoints are listed at /api/v1/openapi.json.`,
  );

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
