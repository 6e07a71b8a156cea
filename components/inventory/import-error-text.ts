// The import's per-line and per-file problems come from lib/domain/product-import as English
// sentences (the API returns them as they are). The page recognises each kind and shows it
// from the catalog, in the user's language; an unknown sentence is shown as it came.
import type { useTranslations } from "next-intl";

type T = ReturnType<typeof useTranslations>;
type Rule = [RegExp, (t: T, m: RegExpExecArray) => string];

const ROW: Rule[] = [
  [/^expected (\d+) columns, found (\d+)/, (t, m) => t("columns", { expected: m[1]!, found: m[2]! })],
  [/^(\w+): at most (\d+) characters$/, (t, m) => t("tooLong", { column: m[1]!, max: m[2]! })],
  [/^(\w+): required for a new product$/, (t, m) => t("requiredNew", { column: m[1]! })],
  [/^(\w+): required$/, (t, m) => t("required", { column: m[1]! })],
  [/^(\w+): "(.*)" is not a rupee amount/, (t, m) => t("notRupees", { column: m[1]!, value: m[2]! })],
  [/^(\w+): above the /, (t, m) => t("tooMuch", { column: m[1]! })],
  [/^(\w+): "(.*)" must be a whole number/, (t, m) => t("notWhole", { column: m[1]!, value: m[2]! })],
  [/^unit: "(.*)" is not one of/, (t, m) => t("badUnit", { value: m[1]! })],
  [/^category: "(.*)" is not one of this shop's categories/, (t, m) => t("badCategory", { value: m[1]! })],
  [/^(SKU|barcode) (.+) is also on line (\d+)$/, (t, m) => t("repeated", { code: m[2]!, line: m[3]! })],
  [/^barcode (.+) is already used by (.+)$/, (t, m) => t("barcodeTaken", { code: m[1]!, name: m[2]! })],
];

const FILE: Rule[] = [
  [/^The file is empty$/, (t) => t("fileEmpty")],
  [/^Unknown column\(s\): (.+?)\. Expected/, (t, m) => t("unknownColumns", { columns: m[1]! })],
  [/^Column\(s\) repeated: (.+)$/, (t, m) => t("repeatedColumns", { columns: m[1]! })],
  [/^The sku column is required/, (t) => t("skuColumn")],
  [
    /^At most (\d+) products per file \(this one has (\d+)\)$/,
    (t, m) => t("tooManyRows", { max: m[1]!, count: m[2]! }),
  ],
];

function translate(rules: Rule[], t: T, text: string): string {
  for (const [re, fn] of rules) {
    const m = re.exec(text);
    if (m) return fn(t, m);
  }
  return text;
}

/** `t` = the "inventory.import.problems" namespace. */
export const rowProblemText = (t: T, text: string) => translate(ROW, t, text);
export const fileProblemText = (t: T, text: string) => translate(FILE, t, text);
