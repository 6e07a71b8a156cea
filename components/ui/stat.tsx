import Link from "next/link";
import { Card } from "./card";

export function Stat({
  label,
  value,
  sub,
  href,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  sub?: React.ReactNode;
  href?: string;
  testId?: string;
}) {
  const body = (
    <Card className="h-full">
      <p className="text-sm text-stone-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
      {sub ? <p className="mt-1 text-sm text-stone-600">{sub}</p> : null}
    </Card>
  );
  return href ? (
    <Link href={href} className="block rounded-xl hover:ring-2 hover:ring-brand-100">
      {body}
    </Link>
  ) : (
    body
  );
}
