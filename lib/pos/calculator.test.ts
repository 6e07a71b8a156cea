import { describe, expect, it } from "vitest";
import { MAX_SALE_PAISE } from "@/lib/money";
import {
  EMPTY_CALC,
  MAX_TOKENS,
  displayTokens,
  evaluate,
  keyFromKeyboard,
  press,
  type CalcKey,
  type CalcState,
} from "./calculator";

/** Type a string of keys: digits, ".", + - x / and "=", "<" for backspace, "C" for clear. */
function type(keys: string, from: CalcState = EMPTY_CALC): CalcState {
  const map: Record<string, CalcKey> = { x: "×", "*": "×", "/": "÷", "<": "back", C: "clear" };
  return [...keys].reduce((s, k) => press(s, map[k] ?? (k as CalcKey)), from);
}
const amount = (keys: string) => evaluate(type(keys).tokens);

describe("calculator: typing numbers", () => {
  it("builds a number digit by digit, without leading zeros", () => {
    expect(displayTokens(type("0120").tokens)).toBe("120");
    expect(amount("120")).toEqual({ ok: true, paise: 12_000 });
  });

  it("reads decimal rupees to the paisa and refuses a third decimal", () => {
    expect(amount("12.50")).toEqual({ ok: true, paise: 1_250 });
    expect(amount("12.5")).toEqual({ ok: true, paise: 1_250 });
    expect(amount("12.509")).toEqual({ ok: true, paise: 1_250 });
    expect(amount(".5")).toEqual({ ok: true, paise: 50 });
    expect(displayTokens(type("12..5").tokens)).toBe("12.5");
    expect(amount("12.")).toEqual({ ok: true, paise: 1_200 });
  });

  it("refuses a keystroke that would take one number past ₹10,00,000", () => {
    expect(amount("1000000")).toEqual({ ok: true, paise: MAX_SALE_PAISE });
    expect(amount("10000000")).toEqual({ ok: true, paise: MAX_SALE_PAISE });
    expect(amount("1000000.01")).toEqual({ ok: true, paise: MAX_SALE_PAISE });
    expect(amount("999999.99")).toEqual({ ok: true, paise: MAX_SALE_PAISE - 1 });
  });

  it("the 00 key types two zeros", () => {
    const s = ["1", "00"].reduce<CalcState>((st, k) => press(st, k as CalcKey), EMPTY_CALC);
    expect(evaluate(s.tokens)).toEqual({ ok: true, paise: 10_000 });
  });

  it("groups big numbers the Indian way on screen", () => {
    expect(displayTokens(type("987654").tokens)).toBe("9,87,654");
    expect(displayTokens(type("1000000").tokens)).toBe("10,00,000");
    expect(displayTokens(type("1000").tokens)).toBe("1,000");
    expect(displayTokens(type("120+35").tokens)).toBe("120 + 35");
    expect(displayTokens(type("9-3x2/4").tokens)).toBe("9 − 3 × 2 ÷ 4");
  });
});

describe("calculator: arithmetic", () => {
  it("adds and subtracts", () => {
    expect(amount("120+35")).toEqual({ ok: true, paise: 15_500 });
    expect(amount("500-45.50")).toEqual({ ok: true, paise: 45_450 });
  });

  it("multiplies and divides before adding and subtracting", () => {
    expect(amount("2+3x4")).toEqual({ ok: true, paise: 1_400 });
    expect(amount("20-12/4")).toEqual({ ok: true, paise: 1_700 });
    expect(amount("2x3+4x5")).toEqual({ ok: true, paise: 2_600 });
    expect(amount("100-20-30")).toEqual({ ok: true, paise: 5_000 }); // left to right, not 100-(20-30)
    expect(amount("100/5/2")).toEqual({ ok: true, paise: 1_000 });
  });

  it("multiplies rupees by a count and by decimal rupees", () => {
    expect(amount("12.50x3")).toEqual({ ok: true, paise: 3_750 });
    expect(amount("1.5x1.5")).toEqual({ ok: true, paise: 225 });
  });

  it("is exact where it can be: 10 ÷ 3 × 3 is ₹10, not ₹9.99", () => {
    expect(amount("10/3x3")).toEqual({ ok: true, paise: 1_000 });
    expect(amount("100/3+100/3+100/3")).toEqual({ ok: true, paise: 10_000 });
  });

  it("rounds only the final result, half up, to whole paise", () => {
    expect(amount("10/3")).toEqual({ ok: true, paise: 333 });
    expect(amount("20/3")).toEqual({ ok: true, paise: 667 });
    expect(amount("0.05/2")).toEqual({ ok: true, paise: 3 }); // 2.5 paise -> 3
    expect(amount("0.01/3")).toEqual({ ok: true, paise: 0 });
  });

  it("evaluates an unfinished expression: a trailing operator is ignored", () => {
    expect(amount("120+")).toEqual({ ok: true, paise: 12_000 });
    expect(amount("120x")).toEqual({ ok: true, paise: 12_000 });
    expect(amount("")).toEqual({ ok: true, paise: 0 });
  });

  it("dividing by zero is an error, never an amount", () => {
    expect(amount("120/0")).toEqual({ ok: false, error: "divide_by_zero" });
    expect(amount("120/0.00+5")).toEqual({ ok: false, error: "divide_by_zero" });
    expect(amount("5+120/0x3")).toEqual({ ok: false, error: "divide_by_zero" });
  });

  it("a negative or too large result is an error", () => {
    expect(amount("10-20")).toEqual({ ok: false, error: "negative" });
    expect(amount("10-20+15")).toEqual({ ok: true, paise: 500 });
    expect(amount("1000000+1")).toEqual({ ok: false, error: "too_large" });
    expect(amount("1000000x1000000")).toEqual({ ok: false, error: "too_large" });
  });

  it("always yields integer paise", () => {
    for (const keys of ["7/3", "1/7x13", "99.99/7", "0.1+0.2", "123.45x6.78"]) {
      const r = amount(keys);
      expect(r.ok && Number.isInteger(r.paise)).toBe(true);
    }
    expect(amount("0.1+0.2")).toEqual({ ok: true, paise: 30 });
    expect(amount("123.45x6.78")).toEqual({ ok: true, paise: 83_699 }); // ₹836.991 -> ₹836.99
  });
});

describe("calculator: editing keys", () => {
  it("a second operator replaces the first; an operator first is ignored", () => {
    expect(displayTokens(type("120+-x35").tokens)).toBe("120 × 35");
    expect(type("+").tokens).toEqual([]);
  });

  it("backspace removes the last character, then the operator", () => {
    expect(displayTokens(type("120+35<").tokens)).toBe("120 + 3");
    expect(displayTokens(type("120+35<<").tokens)).toBe("120 +");
    expect(displayTokens(type("120+35<<<").tokens)).toBe("120");
    expect(type("1<<").tokens).toEqual([]);
  });

  it("clear empties everything", () => {
    expect(type("120+35C")).toEqual(EMPTY_CALC);
  });

  it("equals shows the result; a digit then starts a new amount, an operator continues", () => {
    const done = type("120+35=");
    expect(displayTokens(done.tokens)).toBe("155");
    expect(done.fresh).toBe(true);
    expect(evaluate(type("7", done).tokens)).toEqual({ ok: true, paise: 700 });
    expect(evaluate(type("+5", done).tokens)).toEqual({ ok: true, paise: 16_000 });
    expect(displayTokens(type("10/4=").tokens)).toBe("2.50");
  });

  it("equals on a division by zero keeps the expression so it can be fixed", () => {
    const s = type("120/0=");
    expect(displayTokens(s.tokens)).toBe("120 ÷ 0");
    expect(evaluate(type("<5", s).tokens)).toEqual({ ok: true, paise: 2_400 });
  });

  it("stops growing at the token limit", () => {
    const long = type("1+".repeat(40) + "1");
    expect(long.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
  });
});

describe("calculator: hardware keyboard", () => {
  it("maps digits, operators, Enter, Backspace and Escape", () => {
    expect(keyFromKeyboard("7")).toBe("7");
    expect(keyFromKeyboard("*")).toBe("×");
    expect(keyFromKeyboard("x")).toBe("×");
    expect(keyFromKeyboard("/")).toBe("÷");
    expect(keyFromKeyboard("-")).toBe("-");
    expect(keyFromKeyboard(".")).toBe(".");
    expect(keyFromKeyboard("Enter")).toBe("enter");
    expect(keyFromKeyboard("Backspace")).toBe("back");
    expect(keyFromKeyboard("Escape")).toBe("clear");
    expect(keyFromKeyboard("a")).toBeNull();
  });
});
