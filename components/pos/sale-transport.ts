// The counter's sale senders, bound to this app's server actions (lib/pos/submit-sale.ts
// holds the online/offline rule and takes the actions as arguments).
import { recordSaleAction, syncQueuedSaleAction } from "@/app/merchant/pos/actions";
import { sendQueuedSaleWith, submitSaleWith } from "@/lib/pos/submit-sale";

export { refusalOf } from "@/lib/pos/submit-sale";
export const submitSale = submitSaleWith(recordSaleAction);
export const sendQueuedSale = sendQueuedSaleWith(syncQueuedSaleAction);
