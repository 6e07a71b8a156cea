import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto mt-16 max-w-md rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-stone-200">
      <h1 className="text-xl font-semibold">{t("notFound")}</h1>
      <p className="mt-2 text-stone-600">{t("notFoundBody")}</p>
      <Link href="/" className="mt-4 inline-block rounded-lg bg-brand-600 px-4 py-2 text-white">
        {t("goHome")}
      </Link>
    </div>
  );
}
