// The counter calculator: a pure state machine over tokens (no React, no floats), so every
// rule is unit-tested (calculator.test.ts) and the screen only renders what this returns.
//
//   press(state, key) -> next state          key: "0".."9" | "00" | "." | "+" | "-" | "×" | "÷" | "back" | "clear" | "="
//   evaluate(tokens)  -> { ok, paise } | { ok: false, error }
//   displayTokens(tokens) -> "1,200 + 35"
//
// Numbers are exact rationals (BigInt numerator/denominator): 10 ÷ 3 × 3 is exactly 10. Only
// the final result is rounded, half up, to whole paise. × and ÷ bind tighter than + and −.
// A trailing operator is ignored ("120+" is 120), so an unfinished sum can be charged.
import { MAX_SALE_PAISE } from "@/lib/money";

export type Op = "+" | "-" | "×" | "÷";
export type Token = { kind: "num"; text: string } | { kind: "op"; op: Op };
export type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type CalcKey = Digit | "00" | "." | Op | "back" | "clear" | "=";

/** fresh: the display shows the result of "=", so the next digit starts a new number. */
export type CalcState = { tokens: Token[]; fresh: boolean };
export type CalcError = "divide_by_zero" | "too_large" | "negative";
export type CalcResult = { ok: true; paise: number } | { ok: false; error: CalcError };

export const EMPTY_CALC: CalcState = { tokens: [], fresh: false };
/** Enough for any counter sum; keeps the expression (and the BigInts) small. */
export const MAX_TOKENS = 41;
const OPS: readonly string[] = ["+", "-", "×", "÷"];

const num = (text: string): Token => ({ kind: "num", text });
const isOp = (k: string): k is Op => OPS.includes(k);

/** "12.5" -> 1250 paise; the text is built by press(), so it is always digits[.digits<=2]. */
export function numberTextToPaise(text: string): number {
  const [whole = "0", frac = ""] = text.split(".");
  return Number(whole || "0") * 100 + Number(frac.padEnd(2, "0"));
}

/** 15500 -> "155", 1250 -> "12.50": a result shown back as a number the user can keep editing. */
export function paiseToNumberText(paise: number): string {
  const rupees = Math.trunc(paise / 100);
  const rest = paise % 100;
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, "0")}`;
}

function typeDigit(tokens: Token[], d: Digit): Token[] {
  const last = tokens.at(-1);
  if (!last || last.kind === "op") return tokens.length >= MAX_TOKENS ? tokens : [...tokens, num(d)];
  const dot = last.text.indexOf(".");
  if (dot >= 0 && last.text.length - dot > 2) return tokens; // two decimals: paise, no finer
  const text = last.text === "0" ? d : last.text + d;
  // A single number above the sale limit can never be charged: refuse the keystroke.
  if (numberTextToPaise(text) > MAX_SALE_PAISE) return tokens;
  return [...tokens.slice(0, -1), num(text)];
}

export function press(state: CalcState, key: CalcKey): CalcState {
  const start = state.fresh && (key === "." || key === "00" || /^\d$/.test(key)) ? [] : state.tokens;
  const tokens = start;
  const last = tokens.at(-1);
  switch (key) {
    case "clear":
      return EMPTY_CALC;
    case "back": {
      if (!last) return EMPTY_CALC;
      if (last.kind === "op" || last.text.length <= 1) return { tokens: tokens.slice(0, -1), fresh: false };
      return { tokens: [...tokens.slice(0, -1), num(last.text.slice(0, -1))], fresh: false };
    }
    case "=": {
      if (!tokens.some((t) => t.kind === "op")) return { tokens, fresh: tokens.length > 0 };
      const r = evaluate(tokens);
      // An error stays on screen with the expression, so the user sees what to fix.
      return r.ok ? { tokens: [num(paiseToNumberText(r.paise))], fresh: true } : { tokens, fresh: false };
    }
    case ".": {
      if (!last || last.kind === "op")
        return tokens.length >= MAX_TOKENS
          ? { tokens, fresh: false }
          : { tokens: [...tokens, num("0.")], fresh: false };
      if (last.text.includes(".")) return { tokens, fresh: false };
      return { tokens: [...tokens.slice(0, -1), num(`${last.text}.`)], fresh: false };
    }
    case "00":
      return { tokens: typeDigit(typeDigit(tokens, "0"), "0"), fresh: false };
    default: {
      if (isOp(key)) {
        if (!last) return { tokens, fresh: false }; // nothing to add to or take from yet
        if (last.kind === "op") return { tokens: [...tokens.slice(0, -1), { kind: "op", op: key }], fresh: false };
        if (tokens.length >= MAX_TOKENS - 1) return { tokens, fresh: false };
        return { tokens: [...tokens, { kind: "op", op: key }], fresh: false };
      }
      return { tokens: typeDigit(tokens, key), fresh: false };
    }
  }
}

type Rational = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};
function norm(n: bigint, d: bigint): Rational {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}
const ratOf = (text: string): Rational => norm(BigInt(numberTextToPaise(text)), 100n);

/** The expression's value in paise; an empty expression is 0. */
export function evaluate(tokens: Token[]): CalcResult {
  const ts = tokens.at(-1)?.kind === "op" ? tokens.slice(0, -1) : tokens;
  if (!ts.length) return { ok: true, paise: 0 };
  let sum: Rational = { n: 0n, d: 1n };
  let term: Rational | null = null;
  let sign = 1n;
  let pending: Op | null = null;
  for (const t of ts) {
    if (t.kind === "op") {
      if (t.op === "+" || t.op === "-") {
        if (term) sum = norm(sum.n * term.d + sign * term.n * sum.d, sum.d * term.d);
        term = null;
        sign = t.op === "+" ? 1n : -1n;
        pending = null;
      } else pending = t.op;
      continue;
    }
    const v = ratOf(t.text);
    if (!term || !pending) term = v;
    else if (pending === "×") term = norm(term.n * v.n, term.d * v.d);
    else {
      if (v.n === 0n) return { ok: false, error: "divide_by_zero" };
      term = norm(term.n * v.d, term.d * v.n);
    }
    pending = null;
  }
  if (term) sum = norm(sum.n * term.d + sign * term.n * sum.d, sum.d * term.d);
  if (sum.n < 0n) return { ok: false, error: "negative" };
  // Rupees -> paise, rounded half up: floor((200n + d) / 2d) for n/d rupees.
  const paise = (2n * 100n * sum.n + sum.d) / (2n * sum.d);
  if (paise > BigInt(MAX_SALE_PAISE)) return { ok: false, error: "too_large" };
  return { ok: true, paise: Number(paise) };
}

/** Indian digit grouping for a typed number, keeping what was typed after the point. */
function groupIndian(text: string): string {
  const [whole = "", frac] = text.split(".");
  const head =
    whole.length > 3 ? whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",") + "," + whole.slice(-3) : whole;
  return frac === undefined ? head : `${head}.${frac}`;
}

const OP_GLYPH: Record<Op, string> = { "+": "+", "-": "−", "×": "×", "÷": "÷" };

export function displayTokens(tokens: Token[]): string {
  return tokens.map((t) => (t.kind === "num" ? groupIndian(t.text) : OP_GLYPH[t.op])).join(" ");
}

export const hasOperator = (tokens: Token[]) => tokens.some((t) => t.kind === "op");

/** A hardware keyboard key as a calculator key; "enter" is left to the screen (equals or charge). */
export function keyFromKeyboard(key: string): CalcKey | "enter" | null {
  if (/^\d$/.test(key)) return key as Digit;
  switch (key) {
    case "+":
      return "+";
    case "-":
      return "-";
    case "*":
    case "x":
    case "X":
      return "×";
    case "/":
      return "÷";
    case ".":
      return ".";
    case "=":
      return "=";
    case "Backspace":
      return "back";
    case "Escape":
    case "Delete":
      return "clear";
    case "Enter":
      return "enter";
    default:
      return null;
  }
}
