import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, permissionsOf } from "./permissions";

describe("permissions per role", () => {
  it("gives the owner everything", () => {
    for (const p of PERMISSIONS) expect(can({ shopRole: "OWNER" }, p)).toBe(true);
  });

  it("lets a manager undo and price, but not hire or change settings", () => {
    expect(permissionsOf("MANAGER")).toEqual([
      "void",
      "return",
      "discount_over_limit",
      "edit_prices_stock",
      "analytics_exports",
      "allow_over_credit_limit",
    ]);
    expect(can({ shopRole: "MANAGER" }, "manage_staff")).toBe(false);
    expect(can({ shopRole: "MANAGER" }, "settings")).toBe(false);
  });

  it("lets a cashier do none of the guarded things", () => {
    for (const p of PERMISSIONS) expect(can({ shopRole: "CASHIER" }, p)).toBe(false);
  });

  it("refuses nobody-in-particular", () => {
    expect(can(null, "void")).toBe(false);
  });
});
