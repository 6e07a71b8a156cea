import type { MetadataRoute } from "next";
import en from "@/messages/en/pwa.json";

// Served as /manifest.webmanifest and linked from every page by Next. Browsers fetch it
// without cookies, so it cannot follow the user's language: names stay in English (the
// brand name is the same in both). start_url "/" redirects by role (merchant → POS
// dashboard, customer → home), so one manifest serves every role.
const BRAND = "#178044";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "GraminStore",
    short_name: "GraminStore",
    description: en.appDescription,
    lang: "en-IN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "any",
    theme_color: BRAND,
    background_color: BRAND,
    categories: ["business", "shopping", "finance"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      {
        name: en.shortcutPos,
        short_name: "POS",
        url: "/merchant/pos",
        icons: [{ src: "/icons/shortcut-96.png", sizes: "96x96", type: "image/png" }],
      },
      {
        name: en.shortcutBills,
        short_name: en.shortcutBills,
        url: "/customer/bills",
        icons: [{ src: "/icons/shortcut-96.png", sizes: "96x96", type: "image/png" }],
      },
    ],
  };
}
