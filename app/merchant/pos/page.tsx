import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { preload } from "react-dom";
import { CounterSwitch } from "@/components/pos/counter-switch";
import { PosScreen } from "@/components/pos/pos-screen";
import { requireMerchantPage } from "@/lib/auth/session";
import { POS_DATA_URL } from "@/lib/pos/pos-wire";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos");
  return { title: t("title") };
}

// The counter. The page's HTML is the keypad and no data: the shop's snapshot (products,
// recent customers) comes from GET /merchant/pos/data once the screen is up, and is kept in
// IndexedDB for offline use (components/pos/use-pos-data.ts). The client searches it locally.
// `version` changes with every render of this page (a sale's revalidation, a counter switch,
// router.refresh): the screen then fetches a fresh snapshot.
export default function PosPage() {
  // Not async: the page renders in the first HTML with its layout (an awaiting page sits behind
  // the route's loading boundary, which React reveals a frame or more later: the phone's
  // largest paint came ~2 s late in Lighthouse). The shop's id comes from the merchant layout
  // (ShopIdProvider); the person selling, below, checks the session itself.
  // The browser starts fetching the snapshot while it loads the page's code (a <link
  // rel=preload> in the head); the screen's own fetch then takes that answer.
  preload(POS_DATA_URL, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      <Suspense fallback={<div className="min-h-11" aria-hidden="true" />}>
        <CounterPerson />
      </Suspense>
      <PosScreen version={renderVersion()} />
    </>
  );
}

/** A fresh token per render of the page. */
function renderVersion(): string {
  return new Date().toISOString();
}

/** Who is selling now (the signed-in person, or whoever switched in by PIN). */
async function CounterPerson() {
  const { user, merchant } = await requireMerchantPage();
  return <CounterSwitch name={user.name} role={merchant.shopRole} />;
}
