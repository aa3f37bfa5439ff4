import { readFileSync, readdirSync } from "node:fs";

// CPU time of a process and all its descendants, read from /proc (Linux): `next start` may run its
// server in a child process, so the parent's own counters alone would miss the work.

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  parent: number;
  cpuTicks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the name: state(0) ppid(1) … utime(11) stime(12).
    return { pid, parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Milliseconds of user + system CPU used so far by `rootPid` and every live descendant. */
export function processTreeCpuMs(rootPid: number): number {
  const stats = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  let ticks = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    const own = stats.find((stat) => stat.pid === pid);
    if (own) ticks += own.cpuTicks;
    for (const child of children.get(pid) ?? []) pending.push(child.pid);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
