import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { expectHome, state, unique, uniquePhone } from "./helpers";

// A brand-new shop per test: the seeded shops' UPI ids are what other specs rely on.
async function registerShop(page: Page) {
  const id = unique();
  const shopName = `Naya Kirana ${id}`;
  await page.goto("/register");
  await page.getByLabel("Shop name").fill(shopName);
  await page.getByLabel("Owner's name").fill("Kavita Singh");
  await page.getByLabel("Email").fill(`kavita-${id}@example.in`);
  await page.getByLabel("Mobile number").fill(uniquePhone());
  await page.getByLabel("Password").fill("Kirana@2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expectHome(page, "/merchant");
  return shopName;
}

const tmp = (name: string) => path.join(os.tmpdir(), `gs-settings-${unique()}-${name}`);

test("a new shop reads its UPI id from a photo of its QR sticker, saves it, and sees it after a reload", async ({
  page,
}) => {
  const sticker = tmp("sticker.png");
  await QRCode.toFile(sticker, "upi://pay?pa=newshop@okaxis&pn=New%20Shop", { type: "png", width: 480 });
  const shopName = await registerShop(page);

  await page.getByRole("link", { name: "Set up UPI" }).click();
  await expect(page).toHaveURL(/\/merchant\/settings$/);
  await expect(page.getByText("Save your UPI ID above to see your QR here.")).toBeVisible();

  await page.getByLabel("Upload a photo of your UPI QR").setInputFiles(sticker);
  await expect(page.getByText("Found UPI ID newshop@okaxis.")).toBeVisible();
  await expect(page.getByLabel("UPI ID", { exact: true })).toHaveValue("newshop@okaxis");
  await expect(page.getByLabel("Payee name")).toHaveValue("New Shop");
  await page.getByRole("button", { name: "Save UPI details" }).click();
  await expect(page.getByText("UPI details saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("UPI ID", { exact: true })).toHaveValue("newshop@okaxis");
  await expect(page.getByLabel("Payee name")).toHaveValue("New Shop");
  const photo = page.getByTestId("saved-qr-photo");
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // The preview carries the saved id; typing an amount adds it in rupees with paise.
  const qrs = page.getByTestId("upi-qr");
  await expect(qrs.first()).toHaveAttribute("data-upi-uri", "upi://pay?pa=newshop@okaxis&pn=New%20Shop&cu=INR");
  await page.getByLabel("Amount (₹)").fill("155.5");
  await expect(qrs.nth(1)).toHaveAttribute(
    "data-upi-uri",
    "upi://pay?pa=newshop@okaxis&pn=New%20Shop&am=155.50&cu=INR",
  );

  // The stored photo comes back only as the image type its bytes prove.
  const res = await page.request.get("/merchant/settings/qr-image");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");

  await page.getByRole("link", { name: "Print a counter standee" }).click();
  const standee = page.getByTestId("standee");
  await expect(standee.getByText(shopName)).toBeVisible();
  await expect(standee.getByText("Scan to pay with any UPI app")).toBeVisible();
  await expect(standee.getByTestId("upi-qr")).toHaveAttribute("data-upi-uri", /pa=newshop@okaxis/);

  await page.goto("/merchant");
  await expect(page.getByText(/UPI is not set up yet/)).toHaveCount(0);

  // The counter's UPI payment QR now carries that id and the sale's exact amount.
  await page.goto("/merchant/pos");
  await expect(page.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await page.keyboard.type("155.5");
  await page.getByRole("group", { name: "Payment method" }).getByRole("button", { name: "UPI", exact: true }).click();
  await page.getByTestId("pos-charge").click();
  const counterQr = page.getByRole("dialog").getByTestId("upi-qr");
  await expect(counterQr).toHaveAttribute("data-upi-uri", /^upi:\/\/pay\?pa=newshop@okaxis&/);
  await expect(counterQr).toHaveAttribute("data-upi-uri", /[?&]am=155\.50(&|$)/);
});

test("pictures without a UPI QR, and files that are not pictures, get a clear message and fill nothing", async ({
  page,
}) => {
  await registerShop(page);
  await page.goto("/merchant/settings");
  const upload = page.getByLabel("Upload a photo of your UPI QR");

  const renamed = tmp("notes.png");
  await fs.writeFile(renamed, "upi://pay?pa=sneaky@okaxis -- a text file named .png");
  await upload.setInputFiles(renamed);
  await expect(page.getByText("This file is not a picture. Upload a PNG, JPEG or WebP image.")).toBeVisible();

  const link = tmp("menu-link.png");
  await QRCode.toFile(link, "https://example.com/menu", { type: "png", width: 300 });
  await upload.setInputFiles(link);
  await expect(page.getByText("This QR code is not a UPI payment QR.", { exact: false })).toBeVisible();

  const blank = tmp("blank.png");
  await page.getByRole("heading", { name: "Shop settings" }).screenshot({ path: blank });
  await upload.setInputFiles(blank);
  await expect(page.getByText(/could not find a QR code/)).toBeVisible();
  await expect(page.getByLabel("UPI ID", { exact: true })).toHaveValue("");

  // A typed id is checked on the server too.
  await page.getByLabel("UPI ID", { exact: true }).fill("naya kirana");
  await page.getByRole("button", { name: "Save UPI details" }).click();
  await expect(page.getByText("Enter a UPI ID like name@bank.")).toBeVisible();
  await expect(page.getByLabel("UPI ID", { exact: true })).toHaveValue("naya kirana");
});

test("the shop profile explains bad GSTIN and PIN code, keeps what was typed, then saves", async ({ page }) => {
  await registerShop(page);
  await page.goto("/merchant/settings");
  await page.getByLabel("Shop name").fill("Kavita General Store");
  await page.getByLabel(/^City/).fill("Jaipur");
  await page.getByLabel(/^PIN code/).fill("30200");
  await page.getByLabel(/^GSTIN/).fill("08ABCDE1234F1Z9");
  await page.getByLabel("Type of shop").selectOption("general");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("PIN code must be 6 digits.")).toBeVisible();
  await expect(page.getByText(/This GSTIN is not valid/)).toBeVisible();
  await expect(page.getByLabel(/^City/)).toHaveValue("Jaipur");

  await page.getByLabel(/^PIN code/).fill("302003");
  await page.getByLabel(/^GSTIN/).fill("08abcde1234f1z0");
  await page.getByLabel(/^Receipt footer/).fill("Dhanyavaad, phir padhariye!");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Shop profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Shop name")).toHaveValue("Kavita General Store");
  await expect(page.getByLabel(/^GSTIN/)).toHaveValue("08ABCDE1234F1Z0");
  await expect(page.getByLabel(/^PIN code/)).toHaveValue("302003");
  await expect(page.getByLabel("Type of shop")).toHaveValue("general");
  await expect(page.getByLabel(/^Receipt footer/)).toHaveValue("Dhanyavaad, phir padhariye!");
});

test.describe("as a customer", () => {
  test.use({ storageState: state("customer") });
  test("cannot see a shop's settings or its QR photo", async ({ page }) => {
    await page.goto("/merchant/settings");
    await expectHome(page, "/customer");
    const res = await page.request.get("/merchant/settings/qr-image");
    expect(res.status()).toBe(403);
    expect(res.headers()["content-type"] ?? "").not.toMatch(/html/);
  });
});
