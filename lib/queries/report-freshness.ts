// How fresh the data on a report screen is: null when there is no read replica (every read is
// live), else whether the replica served it and up to when.
import "server-only";
import { getReplicaDb } from "@/lib/db";
import { maxLagMs, reportSource } from "@/lib/read-replica";

export type ReportFreshness = { source: "primary" | "replica"; asOf: Date; maxLagSeconds: number } | null;

export async function reportFreshness(): Promise<ReportFreshness> {
  if (!getReplicaDb()) return null;
  const { source, asOf } = await reportSource();
  return { source, asOf, maxLagSeconds: Math.round(maxLagMs() / 1000) };
}
