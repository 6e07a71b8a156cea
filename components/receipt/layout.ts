// Bill paper sizes: the print stylesheet and the width of each layout chosen in Settings.
// Thermal rolls print through the system dialog at the roll's width (58 mm: ~32 characters
// a line, 80 mm: ~48); A5/A4 are page layouts for a desk printer.
export type ReceiptLayout = "ROLL_58" | "ROLL_80" | "A5" | "A4";

export const LAYOUT_CLASS: Record<ReceiptLayout, string> = {
  ROLL_58: "max-w-[58mm] text-xs print:max-w-[48mm] print:text-[9px]",
  ROLL_80: "max-w-sm print:max-w-[72mm] print:text-[11px]",
  A5: "max-w-xl print:max-w-none print:text-[11px]",
  A4: "max-w-3xl print:max-w-none print:text-xs",
};

export const PAGE_CSS: Record<ReceiptLayout, string> = {
  ROLL_58: "@media print{@page{size:58mm auto;margin:2mm}}",
  ROLL_80: "@media print{@page{size:80mm auto;margin:3mm}}",
  A5: "@media print{@page{size:A5;margin:10mm}}",
  A4: "@media print{@page{size:A4;margin:12mm}}",
};
