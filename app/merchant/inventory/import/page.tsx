import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ImportForm } from "@/components/inventory/import-form";
import { requirePermissionPage } from "@/lib/auth/session";

export default async function ImportPage() {
  await requirePermissionPage("edit_prices_stock");
  const t = await getTranslations("inventory.import");
  return (
    <div className="flex flex-col gap-4">
      <Link href="/merchant/inventory" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <ImportForm />
    </div>
  );
}
