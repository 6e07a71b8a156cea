// Signing in from the browser without next-auth/react (~40 KB of client JS, with its regenerator
// runtime, on /login for this one call): what its signIn("credentials", { redirect: false })
// does, minus the provider list it fetches first. The CSRF token, then the credentials form
// post; next-auth answers { url }, whose `error` parameter is the sign-in's refusal
// (invalid_credentials, account_disabled, rate_limited:<seconds>). The session cookie is set
// by that answer; the caller refreshes the page.
export async function signInWithCredentials(login: string, password: string): Promise<{ error: string | null }> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken?: string };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      login,
      password,
      csrfToken: csrf.csrfToken ?? "",
      callbackUrl: window.location.href,
      json: "true",
    }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : null;
  if (error) return { error };
  return { error: res.ok && data.url ? null : "invalid_credentials" };
}
