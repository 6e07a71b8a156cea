import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { periodSearchParams, previousPeriod, resolvePeriod, resolvePeriodOrDefault } from "./analytics-period";

const TZ = "Asia/Kolkata";
// Wed 18 Mar 2026, 12:00 IST.
const NOW = new Date("2026-03-18T06:30:00Z");
const dates = (p: {
  fromDate: string;
  toDate: string;
  days: number;
  previous: { fromDate: string; toDate: string };
}) => [p.fromDate, p.toDate, p.days, p.previous.fromDate, p.previous.toDate];

describe("resolvePeriod", () => {
  it("turns each picker choice into IST midnights, with the previous period of the same length", () => {
    const today = resolvePeriod({ period: "today" }, TZ, NOW);
    expect(today.from.toISOString()).toBe("2026-03-17T18:30:00.000Z");
    expect(today.to.toISOString()).toBe("2026-03-18T18:30:00.000Z");
    expect(dates(today)).toEqual(["2026-03-18", "2026-03-18", 1, "2026-03-17", "2026-03-17"]);
    expect(today.previous.to).toEqual(today.from);
    expect(dates(resolvePeriod({ period: "7d" }, TZ, NOW))).toEqual([
      "2026-03-12",
      "2026-03-18",
      7,
      "2026-03-05",
      "2026-03-11",
    ]);
    expect(dates(resolvePeriod({ period: "30d" }, TZ, NOW))).toEqual([
      "2026-02-17",
      "2026-03-18",
      30,
      "2026-01-18",
      "2026-02-16",
    ]);
    expect(dates(resolvePeriod({ period: "month" }, TZ, NOW))).toEqual([
      "2026-03-01",
      "2026-03-18",
      18,
      "2026-02-11",
      "2026-02-28",
    ]);
    expect(dates(resolvePeriod({ from: "2026-01-01", to: "2026-01-31" }, TZ, NOW))).toEqual([
      "2026-01-01",
      "2026-01-31",
      31,
      "2025-12-01",
      "2025-12-31",
    ]);
    expect(resolvePeriod({}, TZ, NOW).key).toBe("7d");
  });

  it("counts today in the shop's zone: 00:30 IST is already the next day though UTC is not", () => {
    const p = resolvePeriod({ period: "today" }, TZ, new Date("2026-03-17T19:00:00Z"));
    expect(p.fromDate).toBe("2026-03-18");
  });

  it("validates a custom range: real dates, from <= to, at most 366 days", () => {
    const fail = (raw: Record<string, string>) => {
      try {
        resolvePeriod(raw, TZ, NOW);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        return (e as DomainError).fields;
      }
      throw new Error("expected a failure");
    };
    expect(fail({ from: "2026-03-10", to: "2026-03-01" })).toHaveProperty("to");
    expect(fail({ from: "2025-01-01", to: "2026-01-02" })).toHaveProperty("to");
    expect(fail({ from: "2026-02-30", to: "2026-03-01" })).toHaveProperty("from");
    expect(fail({ period: "custom", from: "2026-03-01" })).toHaveProperty("to");
    expect(fail({ period: "year" })).toHaveProperty("period");
    expect(fail({ from: "18/03/2026", to: "2026-03-18" })).toHaveProperty("from");
    expect(resolvePeriod({ from: "2024-01-01", to: "2024-12-31" }, TZ, NOW).days).toBe(366);
  });

  it("falls back to the default period for a page, and reports why", () => {
    const r = resolvePeriodOrDefault({ from: "2026-03-10", to: "2026-03-01" }, TZ, NOW);
    expect(r.period.key).toBe("7d");
    expect(r.error).toMatch(/before/);
    expect(resolvePeriodOrDefault({ period: "30d" }, TZ, NOW).error).toBeNull();
  });

  it("keeps local midnights across a DST change, and finds the previous period of a bare range", () => {
    const p = resolvePeriod({ from: "2026-03-29", to: "2026-03-29" }, "Europe/London", NOW);
    expect(p.from.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(p.to.toISOString()).toBe("2026-03-29T23:00:00.000Z");
    const prev = previousPeriod({ from: p.from, to: p.to, tz: p.tz });
    expect(prev.from.toISOString()).toBe("2026-03-28T00:00:00.000Z");
    expect(prev.to).toEqual(p.from);
  });

  it("writes the picker back as search params", () => {
    expect(periodSearchParams(resolvePeriod({ period: "30d" }, TZ, NOW)).toString()).toBe("period=30d");
    expect(periodSearchParams(resolvePeriod({ from: "2026-01-01", to: "2026-01-31" }, TZ, NOW)).toString()).toBe(
      "from=2026-01-01&to=2026-01-31",
    );
  });
});
