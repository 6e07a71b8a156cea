import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CounterSwitch } from "@/components/pos/counter-switch";
import { PosScreen, type PosPageData } from "@/components/pos/pos-screen";
import { can } from "@/lib/auth/permissions";
import { requireMerchantPage } from "@/lib/auth/session";
import { getPosData } from "@/lib/queries/pos";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos");
  return { title: t("title") };
}

async function loadPosData(): Promise<PosPageData> {
  const { merchant } = await requireMerchantPage();
  const data = await getPosData(merchant.id);
  return {
    merchantId: merchant.id,
    data: {
      ...data,
      canAllowOverLimit: can(merchant, "allow_over_credit_limit"),
      canDiscount: can(merchant, "discount_over_limit"),
    },
  };
}

// The counter. The whole snapshot (products, recent customers) is read once here and handed to
// the client, which searches it locally: instant at the counter, and cacheable for offline use.
// The page itself does not wait for it (no await here): the keypad is in the first HTML, with
// no skeleton in front of it, and the snapshot streams in right behind, in the same response.
export default function PosPage() {
  return (
    <>
      <Suspense fallback={null}>
        <CounterPerson />
      </Suspense>
      <PosScreen data={loadPosData()} />
    </>
  );
}

/** Who is selling now (the signed-in person, or whoever switched in by PIN). */
async function CounterPerson() {
  const { user, merchant } = await requireMerchantPage();
  return <CounterSwitch name={user.name} role={merchant.shopRole} />;
}
