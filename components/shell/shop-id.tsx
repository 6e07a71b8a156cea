"use client";
// The signed-in merchant's shop id, handed down by the merchant layout (which has already read
// it with the session), so a page need not await the session again just to name the shop: the
// counter's page then renders in the first HTML, not behind a loading boundary revealed later.
import { createContext, useContext } from "react";

const ShopIdContext = createContext<string | null>(null);

export function ShopIdProvider({ merchantId, children }: { merchantId: string; children: React.ReactNode }) {
  return <ShopIdContext value={merchantId}>{children}</ShopIdContext>;
}

/** The shop's id; only under the merchant layout. */
export function useShopId(): string {
  const id = useContext(ShopIdContext);
  if (!id) throw new Error("useShopId outside the merchant layout");
  return id;
}
