// SQL building blocks of the analytics queries: the ledger vocabulary (lib/ledger-sql.ts).
export { liveSales, localDay, notVoided, num } from "@/lib/ledger-sql";
