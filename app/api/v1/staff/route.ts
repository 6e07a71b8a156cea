// /api/v1/staff: the owner adds a manager or a cashier (POST), and lists them (GET). Staff then
// sign in with POST /api/v1/auth/login like anyone; what they may do is lib/auth/permissions.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { listStaff, type StaffDto } from "@/lib/domain/staff";
import { addStaff } from "@/lib/usecases/staff";
import { staffInput } from "@/lib/validation/staff";

export const dynamic = "force-dynamic";

const staffSchema = z.object({
  id: z.string(),
  userId: z.string().describe("Their user id: sales they ring up show it as createdBy"),
  name: z.string(),
  phone: z.string().nullable(),
  role: z.enum(["owner", "manager", "cashier"]),
});
const toApiStaff = (s: StaffDto) => ({ ...s, role: s.role.toLowerCase() as "owner" | "manager" | "cashier" });

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/staff",
    auth: ["MERCHANT"],
    permission: "manage_staff",
    summary: "Add a staff member (owner only): name, phone, password, role manager | cashier, optional 4-6 digit pin",
    description: "409 duplicate when the phone already has an account; 403 for anyone but the owner.",
    tags: ["staff"],
    body: staffInput,
    responses: { 201: { description: "Created", schema: staffSchema } },
  },
  async ({ merchantId, user, body }) => toApiStaff((await addStaff({ userId: user.id, merchantId }, body)).value),
);

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/staff",
    auth: ["MERCHANT"],
    permission: "manage_staff",
    summary: "The shop's staff (owner only)",
    tags: ["staff"],
    responses: { 200: { description: "Staff", schema: z.object({ items: z.array(staffSchema) }) } },
  },
  async ({ merchantId, user }) => ({ items: (await listStaff(merchantId, user.id)).map(toApiStaff) }),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
