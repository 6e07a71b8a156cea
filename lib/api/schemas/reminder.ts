// Due reminders and push subscriptions in the JSON API.
import { z } from "zod";

export const reminderRowSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  duePaise: z.number().int(),
  ageDays: z.number().int(),
  oldestDate: z.string(),
  lastRemindedAt: z.string().nullable(),
  doNotRemind: z.boolean(),
  locale: z.enum(["en", "hi"]),
  canPush: z.boolean(),
});
export const sentReminderSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  duePaise: z.number().int(),
  whatsappUrl: z.string(),
  text: z.string(),
  statementUrl: z.string(),
  pushed: z.number().int(),
  remindedAt: z.string(),
});
