import { ClientMessages } from "@/components/i18n/client-messages";

// This section's client components get only the messages they use (lib/i18n/client-namespaces.ts),
// so the root provider, which every page carries, sends only the shell's.
export default function MerchantStaffMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="app/merchant/staff">{children}</ClientMessages>;
}
