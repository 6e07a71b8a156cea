import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { resetTokenStatus } from "@/lib/domain/admin";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the path: never send it on as a referrer to anywhere else.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [status, t] = await Promise.all([resetTokenStatus(token), getTranslations("auth.resetPassword")]);
  if (status === "valid") return <ResetPasswordForm token={token} />;
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p role="alert" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
        {t(status)}
      </p>
      <p className="mt-3 text-sm text-stone-700">{t("askAdmin")}</p>
      <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("toLogin")}
      </Link>
    </Card>
  );
}
