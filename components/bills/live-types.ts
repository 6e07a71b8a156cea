// The live events that change what a customer's bills show: new credit, payments, voids,
// their claims being answered, disputes and claimed tabs. The hub sends a customer only the
// events whose customerUserId is theirs.
export const BILL_EVENTS = [
  "sale.created",
  "payment.created",
  "sale.voided",
  "claim.created",
  "claim.resolved",
  "customer.updated",
];
