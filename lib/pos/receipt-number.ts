// A short receipt number a shopkeeper can read out: the tail of the sale's id (cuids end in
// random characters, so 8 of them are unique enough within one shop's receipts).
export function receiptNumber(saleId: string): string {
  return saleId.slice(-8).toUpperCase();
}
