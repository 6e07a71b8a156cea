// A push service for tests: an HTTPS server on localhost (its certificate is in this folder,
// trusted through PUSH_TEST_CA for localhost endpoints only) that records every request the
// real `web-push` library sends it, and decrypts the payload with the subscription's keys,
// exactly as a browser would. Test-only: nothing in the app imports it.
import crypto from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";

// http_ece ships with web-push (its encryption): the browser's side of the same scheme.
const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt: (b: Buffer, p: Record<string, unknown>) => Buffer;
};

const DIR = path.dirname(new URL(import.meta.url).pathname);
export const PUSH_TEST_CA_FILE = path.join(DIR, "localhost-cert.pem");

export type Received = { path: string; headers: Record<string, string | string[] | undefined>; payload: unknown };

export async function startPushSink() {
  const received: Received[] = [];
  const devices = new Map<string, { ecdh: crypto.ECDH; auth: Buffer }>();
  let gone = new Set<string>();
  const server = https.createServer(
    { key: fs.readFileSync(path.join(DIR, "localhost-key.pem")), cert: fs.readFileSync(PUSH_TEST_CA_FILE) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const id = (req.url ?? "").split("/").pop()!;
        if (gone.has(id)) {
          res.writeHead(410).end();
          return;
        }
        const d = devices.get(id);
        let payload: unknown = null;
        if (d) {
          const plain = ece.decrypt(Buffer.concat(chunks), {
            version: "aes128gcm",
            privateKey: d.ecdh,
            authSecret: d.auth,
          });
          payload = JSON.parse(plain.toString("utf8"));
        }
        received.push({ path: req.url ?? "", headers: req.headers, payload });
        res.writeHead(201).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    received,
    /** A new device subscription (as a browser's PushSubscription.toJSON()). */
    subscription() {
      const id = crypto.randomUUID();
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = crypto.randomBytes(16);
      devices.set(id, { ecdh, auth });
      return {
        endpoint: `https://127.0.0.1:${port}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
      };
    },
    /** From now on this device answers 410 Gone (the browser unsubscribed). */
    unsubscribe(endpoint: string) {
      gone = new Set([...gone, endpoint.split("/").pop()!]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
