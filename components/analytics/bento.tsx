import type { CardId } from "./analytics-card";

// The bento grid: 4 columns on a desktop, 2 on a tablet, 1 on a phone. Each cell keeps the
// height its card will have (min-h, measured in English and Hindi from 360 to 1536 px wide),
// so a skeleton the same size as its card holds the place and nothing below jumps when the
// card streams in. Cards whose length depends on the data (lists) keep the skeleton's height.
export const CELLS: { id: CardId; span: string; minH: string; tall?: boolean; periodic: boolean }[] = [
  { id: "today", span: "md:col-span-2", minH: "min-h-76 sm:min-h-40 xl:min-h-56", periodic: false },
  { id: "growth", span: "md:col-span-2", minH: "min-h-130 sm:min-h-56", periodic: true },
  { id: "trend", span: "md:col-span-2 xl:col-span-3", minH: "min-h-91", tall: true, periodic: true },
  { id: "methods", span: "", minH: "min-h-78 xl:min-h-91", tall: true, periodic: true },
  { id: "guests", span: "", minH: "min-h-57 sm:min-h-46", periodic: true },
  { id: "categories", span: "md:col-span-2", minH: "min-h-76", tall: true, periodic: true },
  { id: "stock", span: "md:col-span-2 xl:col-span-1", minH: "min-h-76", periodic: false },
  { id: "dues", span: "md:col-span-2", minH: "min-h-76", tall: true, periodic: false },
  { id: "customers", span: "md:col-span-2", minH: "min-h-76", tall: true, periodic: true },
  { id: "products", span: "md:col-span-2 xl:col-span-4", minH: "min-h-76", tall: true, periodic: true },
];

export function BentoGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">{children}</div>;
}

/** One cell; a grid itself, so the card or its skeleton stretches to the cell's min-height. */
export function BentoCell({ cell, children }: { cell: (typeof CELLS)[number]; children: React.ReactNode }) {
  return <div className={`grid ${cell.span} ${cell.minH}`}>{children}</div>;
}
