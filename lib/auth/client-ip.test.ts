import { describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER } from "@/lib/auth/options";

describe("clientIp (the key of the per-IP limits)", () => {
  it("by default is the socket's peer, whatever X-Forwarded-For the client wrote", () => {
    const forged = new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2", [PEER_HEADER]: "203.0.113.7" });
    expect(clientIp(forged)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "9.9.9.9", [PEER_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("behind N trusted proxies takes the address the Nth one saw", () => {
    const chain = new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.4", [PEER_HEADER]: "10.0.0.5" });
    expect(clientIp(chain, 1)).toBe("198.51.100.4");
    expect(clientIp(chain, 2)).toBe("2.2.2.2");
    expect(clientIp(chain, 9)).toBe("1.1.1.1");
  });

  it("without the peer header the last X-Forwarded-For entry (Next's own) stands in for it", () => {
    expect(clientIp({ "x-forwarded-for": ["9.9.9.9", "198.51.100.4"] })).toBe("198.51.100.4");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 192.0.2.1 " }))).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": " , ", "x-real-ip": "192.0.2.2" }))).toBe("192.0.2.2");
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
