"use server";
// Switch the person selling at a shared counter tablet by PIN, without signing out.
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { switchCounterPerson } from "@/lib/usecases/staff";
import { pinSchema } from "@/lib/validation/staff";

const switchPerson = defineAction(
  { name: "counter switch", actor: "merchant", input: z.object({ pin: pinSchema }) },
  (i, actor) => switchCounterPerson(actor, i.pin),
);

export async function switchPersonAction(pin: string): Promise<ActionResult<{ name: string }>> {
  return switchPerson({ pin });
}
