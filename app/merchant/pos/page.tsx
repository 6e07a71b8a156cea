import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PosScreen } from "@/components/pos/pos-screen";
import { requireMerchantPage } from "@/lib/auth/session";
import { getPosData } from "@/lib/queries/pos";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos");
  return { title: t("title") };
}

// The counter. The whole snapshot (products, recent customers) is read once here and handed to
// the client, which searches it locally: instant at the counter, and cacheable for offline use.
export default async function PosPage() {
  const { merchant } = await requireMerchantPage();
  const data = await getPosData(merchant.id);
  return <PosScreen data={data} merchantId={merchant.id} />;
}
