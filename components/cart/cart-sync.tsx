"use client";
import { useEffect } from "react";
import { maxOf, type CartProduct } from "./add-to-cart";
import { useCart } from "./cart-store";

/** The shop page tells the cart the current price and "left" of what it shows (no UI). */
export function CartSync({ shopId, products }: { shopId: string; products: CartProduct[] }) {
  const { refresh } = useCart(shopId);
  useEffect(() => {
    refresh(
      products.map((p) => ({ productId: p.id, name: p.name, pricePaise: p.pricePaise, unit: p.unit, max: maxOf(p) })),
    );
  }, [products, refresh]);
  return null;
}
