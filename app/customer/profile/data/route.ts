// GET /customer/profile/data: the signed-in customer's data as a JSON file (DPDP s.11).
import { getCurrentUser } from "@/lib/auth/session";
import { downloadMyData } from "@/lib/usecases/my-data";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.role !== "CUSTOMER") return new Response("Forbidden", { status: 403 });
  const data = await downloadMyData({ userId: user.id });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="graminstore-my-data.json"`,
      "Cache-Control": "no-store",
    },
  });
}
