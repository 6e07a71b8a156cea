import Link from "next/link";
import { Table } from "@/components/ui/table";

/** The console's tables: the app's one table, wide enough for its columns (it scrolls on a phone). */
export function DataTable({
  head,
  children,
  caption,
}: {
  head: React.ReactNode[];
  children: React.ReactNode;
  caption?: string;
}) {
  return (
    <Table columns={head.map((label) => ({ label }))} caption={caption} className="min-w-[40rem]">
      {children}
    </Table>
  );
}

export function Cell({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}

/** The row's main link (the name, shop or id that opens the detail page). */
export function RowLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}

/** Label / value pairs on a detail page. */
export function DetailList({ items }: { items: [label: string, value: React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-stone-600">{label}</dt>
          <dd className="break-words font-medium">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PageHeader({
  title,
  sub,
  back,
  children,
}: {
  title: React.ReactNode;
  sub?: React.ReactNode;
  back?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {back ? (
          <Link href={back.href} className="text-sm text-brand-700 hover:underline">
            ← {back.label}
          </Link>
        ) : null}
        <h1 className="text-2xl font-semibold break-words">{title}</h1>
        {sub ? <p className="text-stone-600">{sub}</p> : null}
      </div>
      {children}
    </div>
  );
}
