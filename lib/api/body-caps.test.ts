// Issue 19 point 4 and 8: bodies are capped while streaming, and a huge JSON array is a 400.
import { describe, expect, it } from "vitest";
import { POST as createProduct } from "@/app/api/v1/products/route";
import { longestArray, MAX_JSON_ARRAY, readCappedBytes, readJsonBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { makeMerchant } from "@/lib/test/factories";

/** A chunked body (no Content-Length) of `chunks` x 64 KB, counting how many were pulled. */
function chunkedRequest(chunks: number) {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled++ >= chunks) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const request = new Request("http://localhost/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("body caps", () => {
  it("stops reading a chunked body at the limit instead of buffering it whole", async () => {
    const { request, pulled } = chunkedRequest(1600); // 100 MB offered
    const err = await readCappedBytes(request, 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(413);
    expect(pulled()).toBeLessThan(40);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": String(50 * 1024 * 1024) },
    });
    await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413 });
  });

  it("a 130,000-element array is a 400 on a JSON route, not a 500", async () => {
    const { user } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const big = `{"name":"Atta","tags":[${Array(130_000).fill("1").join(",")}]}`;
    expect(longestArray(JSON.parse(big))).toBe(130_000);
    const res = await callRoute(createProduct, "/api/v1/products", { token, body: big });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(String(MAX_JSON_ARRAY));
    const bare = await callRoute(createProduct, "/api/v1/products", {
      token,
      body: `[${Array(130_000).fill('"a"').join(",")}]`,
    });
    expect(bare.status).toBe(400);
  });
});
