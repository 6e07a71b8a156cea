import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GstForm } from "@/components/settings/gst-form";
import { CounterSettingsForm } from "@/components/settings/counter-settings-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { QrPreview } from "@/components/settings/qr-preview";
import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { UpiForm } from "@/components/settings/upi-form";
import { requirePermissionPage } from "@/lib/auth/session";
import { getCounterSettings } from "@/lib/domain/counter-settings";
import { getShopSettings } from "@/lib/queries/shop";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const { merchant } = await requirePermissionPage("settings");
  const t = await getTranslations("settings");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <Suspense fallback={<SettingsSkeleton />}>
        <Settings merchantId={merchant.id} />
      </Suspense>
    </div>
  );
}

async function Settings({ merchantId }: { merchantId: string }) {
  const [shop, counter] = await Promise.all([getShopSettings(merchantId), getCounterSettings(merchantId)]);
  if (!shop) notFound();
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <div className="flex flex-col gap-6">
        <UpiForm
          initial={{
            upiId: shop.upiId,
            upiPayeeName: shop.upiPayeeName,
            hasQrImage: shop.hasQrImage,
            qrImageVersion: shop.qrImageVersion,
          }}
        />
        <QrPreview shop={{ shopName: shop.shopName, upiId: shop.upiId, upiPayeeName: shop.upiPayeeName }} />
      </div>
      <div className="flex flex-col gap-6">
        <ProfileForm initial={shop} />
        <GstForm initial={shop} />
        <CounterSettingsForm initial={counter} />
      </div>
    </div>
  );
}
