// The origin the browser used to reach the app, for links the app hands out (a statement
// link in a reminder). Server actions pass headers(); route handlers their request.
export function requestOrigin(h: Headers, requestUrl?: string): string {
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? (host?.startsWith("localhost") ? "http" : "https");
  if (host && /^[\w.-]+(:\d+)?$/.test(host)) return `${proto.split(",")[0]!.trim()}://${host}`;
  if (requestUrl) return new URL(requestUrl).origin;
  return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : "http://localhost:3000";
}
