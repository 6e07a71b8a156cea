import type { Metadata, Viewport } from "next";
import { getLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RegisterSw } from "@/components/pwa/register-sw";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "GraminStore", template: "%s · GraminStore" },
  description: "Counter POS, credit tabs (khata), inventory and orders for small shops in India.",
  applicationName: "GraminStore",
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "GraminStore", statusBarStyle: "default" },
};

export const viewport: Viewport = { themeColor: "#178044", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        {/* Only the shell's namespaces: each route section's layout adds its own. */}
        <ClientMessages scope="app">{children}</ClientMessages>
        <RegisterSw />
      </body>
    </html>
  );
}
