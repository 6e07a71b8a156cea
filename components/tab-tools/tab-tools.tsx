import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import type { TabToolsData } from "@/lib/queries/bills";
import { ClaimCodePanel } from "./claim-code-panel";
import { ClaimRequests } from "./claim-requests";
import { OpenDisputes } from "./open-disputes";
import { ShareStatement } from "./share-statement";

/**
 * The customer-facing tools on a merchant's tab page: answer "I have paid" claims, resolve
 * disputes, share a statement link, hand out a claim code. Reads nothing itself: the page
 * passes getTabTools(merchant.id, customerId) (lib/queries/bills.ts).
 */
export async function TabTools({ data, timeZone }: { data: TabToolsData; timeZone: string }) {
  const t = await getTranslations("bills.tabTools");
  const iso = (d: Date) => d.toISOString();
  return (
    <section aria-labelledby="tab-tools-title" className="flex flex-col gap-3" data-testid="tab-tools">
      {/* A claim or dispute from the customer's phone shows up here without a reload. */}
      <LiveRefresh types={["claim.created", "claim.resolved", "customer.updated"]} />
      <h2 id="tab-tools-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <ClaimRequests
          claims={data.claims.map((c) => ({
            id: c.id,
            amountPaise: c.amountPaise,
            note: c.note,
            createdAt: iso(c.createdAt),
          }))}
          timeZone={timeZone}
        />
        <OpenDisputes
          disputes={data.disputes.map((d) => ({
            id: d.id,
            note: d.note,
            createdAt: iso(d.createdAt),
            entry: { type: d.entry.type, amountPaise: d.entry.amountPaise, occurredAt: iso(d.entry.occurredAt) },
          }))}
          timeZone={timeZone}
        />
        <ShareStatement
          customerId={data.customerId}
          customerName={data.customerName}
          phone={data.phone}
          shopName={data.shopName}
          duePaise={data.duePaise}
          timeZone={timeZone}
          links={data.links.map((l) => ({ id: l.id, path: `/s/${l.token}`, expiresAt: iso(l.expiresAt) }))}
        />
        {data.claimed ? (
          <div className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
            <h3 className="font-semibold">{t("code.title")}</h3>
            <p className="mt-1 text-sm text-stone-600">{t("code.claimed")}</p>
          </div>
        ) : (
          <ClaimCodePanel
            customerId={data.customerId}
            liveUntil={data.claimCodeExpiresAt ? iso(data.claimCodeExpiresAt) : null}
            timeZone={timeZone}
          />
        )}
      </div>
    </section>
  );
}
