// next-auth: credentials (email or phone + password), JWT sessions carrying id, role and the
// user's session version (bumped to revoke every session at once).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { DomainError } from "@/lib/domain/errors";
import { verifyLogin } from "@/lib/domain/accounts";
import { loginSchema } from "@/lib/validation/auth";

/** Set by scripts/peer-address.cjs (preloaded by `npm start`/`npm run dev`) from the socket, overwriting any client's. */
export const PEER_HEADER = "x-gramin-peer";

/**
 * The caller's address for the per-IP limits. With TRUST_PROXY_HOPS=0 (the default) that is
 * the TCP peer itself: X-Forwarded-For is the client's own claim and would let it pick a fresh
 * "IP" per attempt. Behind N reverse proxies that each append what they saw, set N: the
 * address is then the Nth from the right of X-Forwarded-For followed by the peer.
 * Without the preload (a bare `next start`) Next writes the peer into X-Forwarded-For only
 * when the client sent none, so the last entry stands in for it.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined> | Headers | undefined,
  hops = Math.max(0, Math.floor(Number(process.env.TRUST_PROXY_HOPS)) || 0),
): string | null {
  const get = (k: string) => {
    const v = headers instanceof Headers ? headers.get(k) : headers?.[k];
    return (Array.isArray(v) ? v.join(",") : v) ?? null;
  };
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const peer = get(PEER_HEADER)?.trim();
  if (peer) chain.push(peer);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? get("x-real-ip")?.trim() ?? null;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "GraminStore",
      credentials: {
        login: { label: "Email or phone", type: "text" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("invalid_credentials");
        try {
          const user = await verifyLogin(parsed.data.login, parsed.data.password, clientIp(req?.headers));
          return { id: user.id, name: user.name, role: user.role, sv: user.sessionVersion, locale: user.locale };
        } catch (err) {
          // The code travels to the sign-in form as `error`; the form translates it.
          if (err instanceof DomainError) {
            if (err.code === "rate_limited") throw new Error(`rate_limited:${err.details?.retryAfterSeconds ?? 900}`);
            if (err.code === "forbidden") throw new Error("account_disabled");
            throw new Error("invalid_credentials");
          }
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; sv: number; locale: string | null };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv;
        token.locale = u.locale;
        // One id per sign-in: server-side state of this device's session hangs on it (counter-actor).
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.uid as string,
          role: token.role as string,
          sv: token.sv as number,
          sid: token.sid as string | undefined,
        },
      };
    },
  },
};
