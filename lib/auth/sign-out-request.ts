// Signing out from the browser without next-auth/react (40 KB of client JS on every signed-in
// page for this one call): next-auth's own two steps, its CSRF token and then the sign-out
// form post, after which the session cookie is gone and the page goes to `to`.
export async function signOutTo(to: string): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken?: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken ?? "", callbackUrl: to, json: "true" }),
  });
  if (!res.ok) throw new Error(`sign-out failed: ${res.status}`);
  window.location.href = to;
}
