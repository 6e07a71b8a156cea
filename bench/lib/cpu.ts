// CPU time actually spent (user + system, from /proc), so a figure survives a noisy machine:
// wall-clock latency on a shared box mostly measures the neighbours, CPU time per request does not.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Proc = { pid: number; ppid: number; pgrp: number; cpuMs: number; cmd: string };

function procs(): Proc[] {
  const out: Proc[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields after "(comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
      const cpu = (Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14])) * TICK_MS;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ");
      out.push({ pid: Number(name), ppid: Number(rest[1]), pgrp: Number(rest[2]), cpuMs: cpu, cmd });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** CPU ms of every process in a process group (the app server and what it forked). */
export function groupCpuMs(pgid: number): number {
  return procs()
    .filter((p) => p.pgrp === pgid)
    .reduce((s, p) => s + p.cpuMs, 0);
}

/** CPU ms of the PostgreSQL server whose data directory is `dataDir` and all its backends. */
export function postgresCpuMs(dataDir: string): number {
  const all = procs();
  const master = all.find((p) => p.cmd.includes(dataDir) && /postgres/.test(p.cmd));
  if (!master) return NaN;
  return all.filter((p) => p.pid === master.pid || p.ppid === master.pid).reduce((s, p) => s + p.cpuMs, 0);
}

/** CPU ms of this (the load-generating) process. */
export const selfCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
