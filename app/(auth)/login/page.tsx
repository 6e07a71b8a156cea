import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser, roleHome } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(roleHome(user.role));
  return <LoginForm showDemo={process.env.NODE_ENV !== "production" || process.env.SHOW_DEMO_ACCOUNTS !== "0"} />;
}
