import { getTranslations } from "next-intl/server";

/** Every bad link (tampered, expired, revoked) ends here: one message, nothing else. */
export default async function StatementLinkGone() {
  const t = await getTranslations("bills.shared");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-2 p-6 text-center">
      <h1 className="text-xl font-semibold" data-testid="link-gone">
        {t("expired")}
      </h1>
      <p className="text-stone-600">{t("expiredBody")}</p>
    </main>
  );
}
