"use server";
import { revalidatePath } from "next/cache";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth/session";
import { updateCounterSettings } from "@/lib/domain/counter-settings";

export async function saveCounterSettingsAction(form: FormData): Promise<ActionResult> {
  try {
    const { user, merchant } = await requirePermission("settings");
    await updateCounterSettings(merchant.id, user.id, {
      sellPastStock: form.get("sellPastStock") === "on",
      scaleBarcode: String(form.get("scaleBarcode") ?? "WEIGHT"),
    });
    revalidatePath("/merchant/pos");
    return { ok: true };
  } catch (err) {
    return toFailure(err, "counter settings");
  }
}
