// Compares two V8 heap snapshots (.heapsnapshot) by constructor: count and self size in each,
// largest growth first. Diagnosis for the soak drill (BENCH_HEAP_DIR), also usable alone:
//   npx tsx bench/lib/heap-diff.ts early.heapsnapshot late.heapsnapshot [top=25]
import fs from "node:fs";
import { isMain } from "./report";

type Totals = Map<string, { count: number; bytes: number }>;

/** Count and self size per node name (constructor for objects, "(type)" for the rest). */
export function heapTotals(file: string): Totals {
  const snap = JSON.parse(fs.readFileSync(file, "utf8")) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ["type", "name", "self_size"].map((f) => fields.indexOf(f)) as [number, number, number];
  const totals: Totals = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]!]!;
    const key =
      type === "object" || type === "closure" ? snap.strings[snap.nodes[i + iName]!]!.slice(0, 60) : `(${type})`;
    const t = totals.get(key) ?? { count: 0, bytes: 0 };
    t.count++;
    t.bytes += snap.nodes[i + iSize]!;
    totals.set(key, t);
  }
  return totals;
}

export function heapDiff(before: string, after: string, top = 25) {
  const a = heapTotals(before);
  const b = heapTotals(after);
  const sum = (t: Totals) => [...t.values()].reduce((s, v) => s + v.bytes, 0);
  const rows = [...new Set([...a.keys(), ...b.keys()])]
    .map((name) => {
      const x = a.get(name) ?? { count: 0, bytes: 0 };
      const y = b.get(name) ?? { count: 0, bytes: 0 };
      return {
        name,
        countBefore: x.count,
        countAfter: y.count,
        kbBefore: Math.round(x.bytes / 1024),
        kbAfter: Math.round(y.bytes / 1024),
        kbGrowth: Math.round((y.bytes - x.bytes) / 1024),
      };
    })
    .sort((p, q) => Math.abs(q.kbGrowth) - Math.abs(p.kbGrowth))
    .slice(0, top);
  return { totalMbBefore: Math.round(sum(a) / 1048576), totalMbAfter: Math.round(sum(b) / 1048576), rows };
}

if (isMain(import.meta.url)) {
  const [before, after, top] = process.argv.slice(2);
  if (!before || !after) throw new Error("usage: heap-diff.ts before.heapsnapshot after.heapsnapshot [top]");
  const d = heapDiff(before, after, Number(top) || 25);
  console.log(`heap ${d.totalMbBefore} MB -> ${d.totalMbAfter} MB`);
  console.table(d.rows);
}
