"use server";
import type { ActionResult } from "@/lib/action-result";
import { counterSettingsInput } from "@/lib/domain/counter-settings";
import { defineAction } from "@/lib/usecases/action";
import { saveCounterSettings } from "@/lib/usecases/staff";

const save = defineAction(
  { name: "counter settings", actor: "merchant", permission: "settings", input: counterSettingsInput },
  (i, actor) => saveCounterSettings(actor, i),
  () => ({}),
);

export async function saveCounterSettingsAction(form: FormData): Promise<ActionResult> {
  return save({
    sellPastStock: form.get("sellPastStock") === "on",
    scaleBarcode: String(form.get("scaleBarcode") ?? "WEIGHT"),
  });
}
