import { describe, expect, it } from "vitest";
import { addDays, monthStart, tzOffsetMinutes, weekStart, zonedDate, zonedDayStart } from "./time";

describe("shop time zone arithmetic", () => {
  it("finds the start of an Asia/Kolkata day in UTC", () => {
    expect(zonedDayStart("2026-11-22", "Asia/Kolkata").toISOString()).toBe("2026-11-21T18:30:00.000Z");
    expect(tzOffsetMinutes(new Date("2026-11-22T00:00:00Z"), "Asia/Kolkata")).toBe(330);
  });
  it("puts 23:59 UTC into the next local day in India", () => {
    expect(zonedDate(new Date("2026-11-21T18:29:59Z"), "Asia/Kolkata")).toBe("2026-11-21");
    expect(zonedDate(new Date("2026-11-21T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11-22");
  });
  it("handles daylight saving zones", () => {
    expect(zonedDayStart("2026-03-29", "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(zonedDayStart("2026-03-30", "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
  });
  it("weeks start on Monday; months on the 1st", () => {
    expect(weekStart("2026-11-22")).toBe("2026-11-16"); // a Sunday
    expect(weekStart("2026-11-16")).toBe("2026-11-16");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(monthStart("2026-11-22")).toBe("2026-11-01");
  });
});
