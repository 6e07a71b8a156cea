// The cash drawer's arithmetic, kept pure so the rule is tested on its own:
// expected = opening + cash sales + cash payments received - cash refunds - pay-outs + pay-ins.

export type DrawerFigures = {
  openingCashPaise: number;
  cashSalesPaise: number;
  cashPaymentsPaise: number;
  cashRefundsPaise: number;
  payInsPaise: number;
  payOutsPaise: number;
};

export function expectedCash(f: DrawerFigures): number {
  return (
    f.openingCashPaise + f.cashSalesPaise + f.cashPaymentsPaise - f.cashRefundsPaise - f.payOutsPaise + f.payInsPaise
  );
}

/** Counted minus expected: negative is cash missing from the drawer. */
export function variance(countedCashPaise: number, expectedCashPaise: number): number {
  return countedCashPaise - expectedCashPaise;
}
