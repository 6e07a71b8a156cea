import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/options";

describe("clientIp (the key of the per-IP sign-in limit)", () => {
  it("takes the address the nearest trusted proxy appended, not what the client claims", () => {
    const forged = new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" });
    expect(clientIp(forged)).toBe("203.0.113.7");
    expect(clientIp(forged, 2)).toBe("2.2.2.2");
    expect(clientIp(forged, 9)).toBe("1.1.1.1");
    expect(clientIp({ "x-forwarded-for": ["9.9.9.9", "198.51.100.4"] })).toBe("198.51.100.4");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 192.0.2.1 " }))).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": " , ", "x-real-ip": "192.0.2.2" }))).toBe("192.0.2.2");
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
