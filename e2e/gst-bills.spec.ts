// A GST shop's bill from sale to accountant: a sale with two rates and a discount, the 58 mm
// print layout's text, the public link opened signed out, one line returned (credit note),
// and the month's GSTR-1 downloaded. Sharma Kirana (the seeded merchant) is a regular GST shop.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { state, unique } from "./helpers";

test.use({ storageState: state("merchant") });

test("a GST shop bills, prints 58 mm, shares the public link, takes a return and downloads GSTR-1", async ({
  page,
  browser,
  baseURL,
}) => {
  const headers = { origin: baseURL! };
  const product = async (name: string, pricePaise: number, gstRate: number, hsn: string) => {
    const res = await page.request.post("/api/v1/products", {
      headers,
      data: { name, category: "grocery", pricePaise, stock: 20, gstRate, hsn, sku: `GST-${unique()}` },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const soap = await product(`Neem soap ${unique()}`, 11_800, 18, "3401");
  const dal = await product(`Moong dal ${unique()}`, 2_100, 5, "0713");

  const sale = await page.request.post("/api/v1/sales", {
    headers,
    data: {
      clientId: crypto.randomUUID(),
      payment: "cash",
      items: [
        { productId: soap, quantity: 1, discount: { percent: 10 } },
        { productId: dal, quantity: 2 },
      ],
    },
  });
  expect(sale.status()).toBe(201);
  const s = (await sale.json()) as {
    id: string;
    bill: {
      number: string;
      kind: string;
      taxablePaise: number;
      cgstPaise: number;
      sgstPaise: number;
      totalPaise: number;
      roundOffPaise: number;
      url: string;
    };
  };
  expect(s.bill.kind).toBe("tax_invoice");
  expect(s.bill.number).toMatch(/^SKS\/\d\d-\d\d\/\d{6}$/);
  const b = s.bill;
  expect(b.taxablePaise + b.cgstPaise + b.sgstPaise + b.roundOffPaise).toBe(b.totalPaise);

  // Print layout: 58 mm roll, checked by the text the print shows.
  const patch = (receiptLayout: string) => page.request.patch("/api/v1/shop", { headers, data: { receiptLayout } });
  expect((await patch("58mm")).status()).toBe(200);
  try {
    await page.goto(`/merchant/sales/${s.id}/receipt`);
    await page.emulateMedia({ media: "print" });
    const receipt = page.getByTestId("receipt");
    await expect(receipt).toHaveAttribute("data-layout", "ROLL_58");
    await expect(page.getByTestId("bill-kind")).toHaveText(/tax invoice/i);
    await expect(page.getByTestId("receipt-number")).toHaveText(b.number);
    await expect(receipt).toContainText("HSN 3401 · GST 18%");
    await expect(receipt).toContainText("HSN 0713 · GST 5%");
    await expect(page.getByTestId("bill-tax")).toContainText("CGST");
    await page.emulateMedia({ media: "screen" });
  } finally {
    await patch("80mm");
  }

  // The public link opens signed out and shows that bill.
  const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const pub = await guest.newPage();
  await pub.goto(new URL(b.url).pathname);
  await expect(pub.getByTestId("receipt-number")).toHaveText(b.number);
  await expect(pub).not.toHaveURL(/login/);
  await guest.close();

  // Return one line: a credit note from its own series.
  await page.goto(`/merchant/sales/${s.id}/receipt`);
  const form = page.getByTestId("return-form");
  await form.getByRole("spinbutton").first().fill("1");
  await form.getByTestId("return-submit").click();
  await expect(page.getByTestId("return-result")).toContainText(/Credit note CN\/\d\d-\d\d\/\d{6}/);

  // The accountant's GSTR-1 for this month.
  await page.goto("/merchant/analytics");
  const card = page.getByTestId("card-tax");
  await expect(card).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: "GSTR-1 (CSV)" }).click(),
  ]);
  const text = fs.readFileSync((await file.path())!, "utf8");
  expect(text.slice(1).split("\r\n")[0]).toMatch(/^Section,Number,Date,GSTIN/);
  expect(text).toContain("\r\ncdn,CN/");
  expect(text).toContain("\r\ndocs,tax_invoice,");
});

test("the counter gives a line discount and bills a registered buyer in another state (IGST)", async ({
  page,
  baseURL,
}) => {
  const name = `Sandal soap ${unique()}`;
  const res = await page.request.post("/api/v1/products", {
    headers: { origin: baseURL! },
    data: {
      name,
      category: "grocery",
      pricePaise: 11_800,
      stock: 20,
      gstRate: 18,
      hsn: "3401",
      sku: `B2B-${unique()}`,
    },
  });
  expect(res.status()).toBe(201);

  await page.goto("/merchant/pos");
  await expect(page.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await page.getByPlaceholder(/Find product/).fill(name);
  await page.getByRole("button", { name: `Add ${name}` }).click();
  await page.getByRole("button", { name: `One more ${name}` }).click();
  // 10 % off the line of 2 x ₹118: the cart shows the discount and the net total.
  await page.getByTestId("pos-line-discount-toggle").click();
  await page.getByTestId("pos-line-discount-input").fill("10");
  await expect(page.getByTestId("pos-line-discount")).toHaveText("Discount −₹23.60");
  await expect(page.getByTestId("pos-total")).toHaveText("₹212.40");

  await page.getByTestId("pos-charge").click();
  const sheet = page.getByTestId("pos-charge-sheet");
  await sheet.getByTestId("pos-buyer-open").click();
  await sheet.getByTestId("pos-buyer-gstin").fill("27AAKPS1234L1ZX"); // checksum wrong
  await sheet.getByTestId("pos-buyer-name").fill("Patil Traders");
  await expect(sheet.getByTestId("pos-buyer-tax")).toContainText("not valid");
  await expect(page.getByTestId("pos-confirm")).toBeDisabled();
  await sheet.getByTestId("pos-buyer-gstin").fill("27AAKPS1234L1ZE");
  await expect(sheet.getByTestId("pos-buyer-tax")).toHaveText("IGST: supply to Maharashtra (27)");
  await page.getByTestId("pos-confirm").click();

  // The bill names the buyer, shows the line's discount and charges IGST.
  await expect(page.getByTestId("receipt-buyer-gstin")).toHaveText("27AAKPS1234L1ZE");
  await expect(page.getByTestId("receipt-customer")).toHaveText("Patil Traders");
  await expect(page.getByTestId("receipt")).toContainText("Discount ₹23.60");
  await expect(page.getByTestId("bill-tax")).toContainText("IGST");
});
