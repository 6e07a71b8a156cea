"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A `next/link` for the shell's links, which are on every screen: it fetches its screen when
 * the user reaches for it (a mouse over it or a finger down, both `pointerenter`; keyboard
 * focus), not when it scrolls into view. Viewport prefetching fetched and parsed the five or
 * six bar screens right after every page load, on the main thread, while a phone was still
 * starting the page (up to 0.2 s of blocking time at 4 x CPU, bench/README §13).
 */
export function IntentLink({ href, onPointerEnter, onFocus, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" ? href : null;
  const prefetch = () => {
    if (url?.startsWith("/")) router.prefetch(url);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(e) => {
        prefetch();
        onPointerEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
    />
  );
}
