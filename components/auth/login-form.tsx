"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { syncLocaleAfterSignIn } from "@/app/actions/locale";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { signInWithCredentials } from "@/lib/auth/sign-in-request";

const DEMO = [
  ["merchant@graminstore.in", "Sharma Kirana Store"],
  ["customer@graminstore.in", "Priya Patel"],
  ["admin@graminstore.in", "Admin"],
] as const;

export function LoginForm({ showDemo }: { showDemo: boolean }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { error: code } = await signInWithCredentials(login, password);
      if (code) {
        if (code.startsWith("rate_limited"))
          setError(t("rate_limited", { minutes: Math.ceil(Number(code.split(":")[1] ?? 900) / 60) }));
        else setError(code === "account_disabled" ? t("account_disabled") : t("invalid_credentials"));
        return;
      }
      await syncLocaleAfterSignIn();
      router.replace("/");
      router.refresh();
    } catch {
      setError(t("network"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("signInSubtitle")}</p>
      <form onSubmit={submit} className="mt-5 flex flex-col gap-4" noValidate>
        <Field
          label={t("login")}
          name="login"
          autoComplete="username"
          required
          value={login}
          onChange={(e) => setLogin(e.target.value)}
        />
        <Field
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <Button type="submit" size="lg" disabled={busy || !login || !password}>
          {busy ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      <p className="mt-4 text-sm text-stone-700">
        {t("noAccount")}{" "}
        <Link className="font-medium text-brand-700 underline" href="/register">
          {t("createAccount")}
        </Link>
      </p>
      {showDemo ? (
        <details className="mt-4 text-sm text-stone-700">
          <summary className="cursor-pointer">{t("demoAccounts", { password: "Demo@1234" })}</summary>
          <ul className="mt-2 flex flex-col gap-1">
            {DEMO.map(([email, who]) => (
              <li key={email}>
                <button
                  type="button"
                  className="text-left text-brand-700 underline"
                  onClick={() => {
                    setLogin(email);
                    setPassword("Demo@1234");
                  }}
                >
                  {email}
                </button>{" "}
                · {who}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
