// The claims of the signed-in session cookie (a next-auth JWT), read once per request.
// `sid` is a random id given at sign-in: server-side state that belongs to one signed-in
// device (who is selling at a counter tablet) is keyed on it.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";

export type SessionClaims = { id: string; sv: number; sid: string | null };

export const sessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = (await getServerSession(authOptions)) as {
    user?: { id?: string; sv?: number; sid?: string };
  } | null;
  if (!session?.user?.id) return null;
  return { id: session.user.id, sv: Number(session.user.sv ?? -1), sid: session.user.sid ?? null };
});
