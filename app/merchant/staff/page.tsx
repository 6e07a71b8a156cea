import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/staff/add-staff-form";
import { requirePermissionPage } from "@/lib/auth/session";
import { listStaff } from "@/lib/domain/staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

// The owner's staff screen: who sells for the shop, in which role; add a manager or cashier.
export default async function StaffPage() {
  const [{ user, merchant }, t] = await Promise.all([requirePermissionPage("manage_staff"), getTranslations("staff")]);
  const staff = await listStaff(merchant.id, user.id);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      {staff.length ? (
        <ul className="divide-y divide-stone-100 rounded-xl bg-white ring-1 ring-stone-200" data-testid="staff-list">
          {staff.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-3 px-4 py-3">
              <span>
                <span className="block font-medium">{s.name}</span>
                <span className="block text-sm text-stone-600">{s.phone}</span>
              </span>
              <span className="text-sm">{t(`roles.${s.role}`)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">{t("empty")}</p>
      )}
      <AddStaffForm />
    </div>
  );
}
