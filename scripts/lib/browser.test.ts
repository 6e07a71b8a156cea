import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureChromium, findChromium, NO_BROWSER_HINT } from "./browser.mjs";

const dirs: string[] = [];
function tmp() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "gs-browser-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fake command on a fake PATH: a shell script that logs its call and runs `body`. */
function fakeCommand(bin: string, name: string, body: string, calls: string) {
  const p = path.join(bin, name);
  fs.writeFileSync(p, `#!/bin/sh\necho "${name} $*" >> "${calls}"\n${body}\n`, { mode: 0o755 });
}

function fakeMachine() {
  const root = tmp();
  const bin = path.join(root, "bin");
  fs.mkdirSync(bin);
  const calls = path.join(root, "calls.log");
  fs.writeFileSync(calls, "");
  const osRelease = path.join(root, "os-release");
  fs.writeFileSync(osRelease, 'ID=debian\nVERSION_ID="12"\n');
  const managed = path.join(root, "ms-playwright", "chrome");
  const system = path.join(root, "usr-bin-chromium");
  const env = { PATH: bin };
  const called = () => fs.readFileSync(calls, "utf8").trim().split("\n").filter(Boolean);
  return { root, bin, calls, osRelease, managed, system, env, called };
}

describe("the e2e browser resolver", () => {
  it("takes CHROMIUM_PATH first, then Playwright's managed Chromium, then the system's", () => {
    const m = fakeMachine();
    const own = path.join(m.root, "own-chrome");
    for (const f of [own, m.managed, m.system]) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, "");
    }
    expect(findChromium({ env: { ...m.env, CHROMIUM_PATH: own }, managed: m.managed, system: [m.system] })).toBe(own);
    expect(findChromium({ env: m.env, managed: m.managed, system: [m.system] })).toBe(m.managed);
    fs.rmSync(m.managed);
    expect(findChromium({ env: m.env, managed: m.managed, system: [m.system] })).toBe(m.system);
    fs.rmSync(m.system);
    expect(findChromium({ env: m.env, managed: m.managed, system: [m.system] })).toBeNull();
  });

  it("installs Playwright's Chromium when none is found and that download works", () => {
    const m = fakeMachine();
    fakeCommand(m.bin, "npx", `/bin/mkdir -p "${path.dirname(m.managed)}" && /bin/touch "${m.managed}"`, m.calls);
    fakeCommand(m.bin, "apt-get", "exit 1", m.calls);
    const got = ensureChromium({
      env: m.env,
      managed: m.managed,
      system: [m.system],
      osRelease: m.osRelease,
      isRoot: true,
      log: () => {},
    });
    expect(got).toBe(m.managed);
    expect(m.called()).toEqual(["npx playwright install chromium"]);
  });

  it("falls back to apt-get (with the Hindi fonts) on Debian as root when the download fails", () => {
    const m = fakeMachine();
    fakeCommand(m.bin, "npx", "exit 1", m.calls);
    fakeCommand(m.bin, "apt-get", `[ "$1" = install ] && /bin/touch "${m.system}"; exit 0`, m.calls);
    const got = ensureChromium({
      env: m.env,
      managed: m.managed,
      system: [m.system],
      osRelease: m.osRelease,
      isRoot: true,
      log: () => {},
    });
    expect(got).toBe(m.system);
    expect(m.called()).toEqual([
      "npx playwright install chromium",
      "apt-get update -qq",
      "apt-get install -y -qq chromium fonts-noto-core",
    ]);
  });

  it("does not use apt-get when not root, and stops with one line saying what to run", () => {
    const m = fakeMachine();
    fakeCommand(m.bin, "npx", "exit 1", m.calls);
    fakeCommand(m.bin, "apt-get", `/bin/touch "${m.system}"`, m.calls);
    const run = () =>
      ensureChromium({
        env: m.env,
        managed: m.managed,
        system: [m.system],
        osRelease: m.osRelease,
        isRoot: false,
        log: () => {},
      });
    expect(run).toThrow(NO_BROWSER_HINT);
    expect(m.called()).toEqual(["npx playwright install chromium"]);
    expect(NO_BROWSER_HINT).not.toContain("\n");
    expect(NO_BROWSER_HINT).toContain("npx playwright install chromium");
  });

  it("does not use apt-get on a machine that is not Debian or Ubuntu", () => {
    const m = fakeMachine();
    fs.writeFileSync(m.osRelease, "ID=fedora\n");
    fakeCommand(m.bin, "npx", "exit 1", m.calls);
    fakeCommand(m.bin, "apt-get", `/bin/touch "${m.system}"`, m.calls);
    expect(() =>
      ensureChromium({
        env: m.env,
        managed: m.managed,
        system: [m.system],
        osRelease: m.osRelease,
        isRoot: true,
        log: () => {},
      }),
    ).toThrow(NO_BROWSER_HINT);
    expect(m.called()).toEqual(["npx playwright install chromium"]);
  });
});
