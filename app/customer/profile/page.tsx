import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/profile/password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { PushOptIn } from "@/components/profile/push-opt-in";
import { requireRolePage } from "@/lib/auth/session";
import { getProfile } from "@/lib/domain/profile";
import { vapidPublicKey } from "@/lib/push/send";

/** The customer's details and password. Language lives in the shell's switcher. */
export default async function ProfilePage() {
  const [user, t] = await Promise.all([requireRolePage("CUSTOMER"), getTranslations("profile")]);
  const profile = await getProfile(user.id);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ProfileForm profile={profile} />
        <div className="flex flex-col gap-4">
          <PasswordForm />
          <PushOptIn vapidPublicKey={vapidPublicKey()} />
          <section
            aria-labelledby="privacy-title"
            className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-stone-200"
          >
            <h2 id="privacy-title" className="font-semibold">
              {t("privacy.title")}
            </h2>
            <p className="text-sm text-stone-600">{t("privacy.intro")}</p>
            {/* A plain link: the browser downloads the file (route handler, same session). */}
            <a
              href="/customer/profile/data"
              download
              className="text-brand-700 underline"
              data-testid="download-my-data"
            >
              {t("privacy.download")}
            </a>
          </section>
          <p className="text-sm text-stone-600">{t("language")}</p>
        </div>
      </div>
    </div>
  );
}
