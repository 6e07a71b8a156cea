import { databaseHealthy } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseHealthy();
  return Response.json(ok ? { status: "ok", db: "ok" } : { status: "error", db: "down" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
