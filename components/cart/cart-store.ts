// A cart per shop, kept in localStorage under gs_cart:<shopId> so it survives reloads and is
// shared by every tab. Prices are the shop's at the time they were seen; the server prices the
// order again at checkout, so a stale price can never be charged.
import { useCallback, useSyncExternalStore } from "react";

export type CartLine = {
  productId: string;
  name: string;
  pricePaise: number;
  unit: string;
  quantity: number;
  /** The most that can be ordered: the "only N left" count, 0 when out; null = plenty. */
  max: number | null;
};

/** A sane ceiling for one line when the shop does not say how many are left. */
export const LINE_CAP = 99;
const EVENT = "gs-cart-change";
const key = (shopId: string) => `gs_cart:${shopId}`;
const EMPTY: CartLine[] = [];

// Per shop, the last raw text and its parsed lines: the same snapshot object while nothing changed.
const cache = new Map<string, { raw: string | null; lines: CartLine[] }>();

function parse(shopId: string, raw: string | null): CartLine[] {
  const hit = cache.get(shopId);
  if (hit && hit.raw === raw) return hit.lines;
  let lines: CartLine[] = EMPTY;
  try {
    const v = raw ? (JSON.parse(raw) as unknown) : [];
    if (Array.isArray(v)) {
      lines = v.filter(
        (l): l is CartLine =>
          !!l &&
          typeof l.productId === "string" &&
          Number.isInteger(l.quantity) &&
          l.quantity > 0 &&
          Number.isInteger(l.pricePaise),
      );
    }
  } catch {
    lines = EMPTY; // a damaged entry is an empty cart, not a broken page
  }
  cache.set(shopId, { raw, lines });
  return lines;
}

function read(shopId: string): CartLine[] {
  try {
    return parse(shopId, window.localStorage.getItem(key(shopId)));
  } catch {
    return EMPTY; // storage blocked (private mode): the cart lives only as long as the page
  }
}

function write(shopId: string, lines: CartLine[]) {
  try {
    if (lines.length) window.localStorage.setItem(key(shopId), JSON.stringify(lines));
    else window.localStorage.removeItem(key(shopId));
  } catch {
    // Quota or private mode: nothing to do; the UI still updates through the event below.
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange); // another tab changed it
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export const capOf = (l: Pick<CartLine, "max">) => (l.max === null ? LINE_CAP : Math.min(l.max, LINE_CAP));

export function useCart(shopId: string) {
  const lines = useSyncExternalStore(
    subscribe,
    () => read(shopId),
    () => EMPTY,
  );

  const update = useCallback(
    (fn: (lines: CartLine[]) => CartLine[]) =>
      write(
        shopId,
        fn(read(shopId)).filter((l) => l.quantity > 0),
      ),
    [shopId],
  );

  const setQuantity = useCallback(
    (productId: string, quantity: number) =>
      update((ls) =>
        ls.map((l) => (l.productId === productId ? { ...l, quantity: Math.max(0, Math.min(quantity, capOf(l))) } : l)),
      ),
    [update],
  );

  const add = useCallback(
    (p: Omit<CartLine, "quantity">) =>
      update((ls) => {
        const found = ls.find((l) => l.productId === p.productId);
        if (found)
          return ls.map((l) => (l === found ? { ...l, ...p, quantity: Math.min(l.quantity + 1, capOf(p)) } : l));
        return capOf(p) > 0 ? [...ls, { ...p, quantity: 1 }] : ls;
      }),
    [update],
  );

  /** Fresh facts from the shop page (price, name, how many left) for lines already in the cart. */
  const refresh = useCallback(
    (fresh: Omit<CartLine, "quantity">[]) => {
      const byId = new Map(fresh.map((p) => [p.productId, p]));
      const current = read(shopId);
      const changed = current.some((l) => {
        const p = byId.get(l.productId);
        return p && (p.pricePaise !== l.pricePaise || p.max !== l.max || p.name !== l.name);
      });
      if (changed)
        write(
          shopId,
          current.map((l) => (byId.has(l.productId) ? { ...l, ...byId.get(l.productId)! } : l)),
        );
    },
    [shopId],
  );

  /** The shop said "only N left": cap the line there (0 removes it). */
  const limit = useCallback(
    (productId: string, available: number) =>
      update((ls) =>
        ls.map((l) =>
          l.productId === productId ? { ...l, max: available, quantity: Math.min(l.quantity, available) } : l,
        ),
      ),
    [update],
  );

  const clear = useCallback(() => write(shopId, []), [shopId]);

  const count = lines.reduce((s, l) => s + l.quantity, 0);
  const totalPaise = lines.reduce((s, l) => s + l.pricePaise * l.quantity, 0);
  return { lines, count, totalPaise, add, setQuantity, limit, refresh, clear };
}
