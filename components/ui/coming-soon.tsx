import { getTranslations } from "next-intl/server";
import { EmptyState } from "./card";

export async function ComingSoon({ titleKey }: { titleKey: string }) {
  const [tn, th] = await Promise.all([getTranslations("nav"), getTranslations("home")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{tn(titleKey as "pos")}</h1>
      <EmptyState title={th("comingSoon")} />
    </div>
  );
}
