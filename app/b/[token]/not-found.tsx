import { getTranslations } from "next-intl/server";

/** A tampered or revoked bill link: one message, nothing else. */
export default async function BillLinkGone() {
  const t = await getTranslations("gst.link");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-2 p-6 text-center">
      <h1 className="text-xl font-semibold" data-testid="link-gone">
        {t("gone")}
      </h1>
      <p className="text-stone-600">{t("goneBody")}</p>
    </main>
  );
}
