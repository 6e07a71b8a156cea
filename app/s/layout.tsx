import { ClientMessages } from "@/components/i18n/client-messages";

// This section's client components get only the messages they use (lib/i18n/client-namespaces.ts).
export default function SMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="app/s">{children}</ClientMessages>;
}
