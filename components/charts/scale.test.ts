import { describe, expect, it } from "vitest";
import { labelTiers, monotonePath, niceTicks, pointX } from "./scale";

describe("niceTicks", () => {
  it("covers the maximum with round whole steps from 0", () => {
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(4000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(niceTicks(87_650)).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });

  it("never steps by a fraction, and gives an axis when everything is zero", () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    for (const max of [1, 2, 3, 9, 11, 99, 101, 2_345, 99_999, 1_00_00_000]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe("pointX", () => {
  it("spans the plot edge to edge, one point in the middle", () => {
    expect([0, 1, 2].map((i) => pointX(i, 3))).toEqual([0, 50, 100]);
    expect(pointX(0, 1)).toBe(50);
  });
});

describe("labelTiers", () => {
  it("shows every label of a short series", () => {
    expect(labelTiers(1)).toEqual([2]);
    expect(labelTiers(5)).toEqual([2, 2, 2, 2, 2]);
  });

  it("thins a week to every other day on a phone, all of it on a wide chart", () => {
    expect(labelTiers(7)).toEqual([2, 1, 2, 1, 2, 1, 2]);
  });

  it("keeps about 5 narrow and 10 wide labels on a month, the wide set holding the narrow one", () => {
    const tiers = labelTiers(30);
    const narrow = tiers.flatMap((t, i) => (t === 2 ? [i] : []));
    const wide = tiers.flatMap((t, i) => (t >= 1 ? [i] : []));
    expect(narrow).toEqual([0, 8, 16, 24]);
    expect(wide).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
  });
});

describe("monotonePath", () => {
  const ys = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?,(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));

  it("passes through every point", () => {
    const pts = [
      { x: 0, y: 100 },
      { x: 50, y: 0 },
      { x: 100, y: 60 },
    ];
    const d = monotonePath(pts);
    expect(d.startsWith("M0,100C")).toBe(true);
    expect(d).toContain(",50,0C");
    expect(d.endsWith(",100,60")).toBe(true);
  });

  it("never dips below a flat run of zero days (no overshoot)", () => {
    // y grows downwards: 1000 is the ₹0 baseline.
    const pts = [0, 1000, 1000, 200, 1000, 1000, 0].map((y, i) => ({ x: i * 100, y }));
    for (const y of ys(monotonePath(pts))) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1000);
    }
  });

  it("draws a straight line for two points and a bare move for one", () => {
    expect(
      monotonePath([
        { x: 0, y: 5 },
        { x: 10, y: 7 },
      ]),
    ).toBe("M0,5L10,7");
    expect(monotonePath([{ x: 3, y: 4 }])).toBe("M3,4");
    expect(monotonePath([])).toBe("");
  });
});
