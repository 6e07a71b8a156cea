// What the settings forms get back from the server: field errors are validation message keys.
export type SettingsFormResult =
  | { ok: true; changed: string[] }
  | { ok: false; fieldErrors: Record<string, string>; message?: "signed_out" | "forbidden" | "failed" };
