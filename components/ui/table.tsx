// The app's one data table: a white card that scrolls sideways on a phone, headings once,
// rows as children. Columns can be right-aligned (amounts) or hidden below a breakpoint.

export type Column = {
  label: React.ReactNode;
  align?: "right";
  /** Hidden on screens narrower than this breakpoint. */
  hideBelow?: "sm" | "md";
  /** Extra classes for the heading (print styles, a screen-reader-only label...). */
  className?: string;
};

const HIDE = { sm: "hidden sm:table-cell", md: "hidden md:table-cell" } as const;

export function Table({
  columns,
  children,
  caption,
  testId,
  scroll = "overflow-x-auto",
  frameClassName = "",
  className = "",
  headClassName = "",
}: {
  columns: Column[];
  children: React.ReactNode;
  /** Read out by screen readers, not shown. */
  caption?: string;
  testId?: string;
  /** How the card scrolls: sideways by default; e.g. "max-h-[28rem] overflow-auto" for a tall preview. */
  scroll?: string;
  frameClassName?: string;
  className?: string;
  headClassName?: string;
}) {
  return (
    <div className={`${scroll} rounded-xl bg-white ring-1 ring-stone-200 ${frameClassName}`}>
      <table className={`w-full text-left text-sm ${className}`} data-testid={testId}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={`bg-stone-50 text-stone-600 ${headClassName}`}>
          <tr>
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={`px-3 py-2 font-medium ${c.align === "right" ? "text-right" : ""} ${c.hideBelow ? HIDE[c.hideBelow] : ""} ${c.className ?? ""}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}
