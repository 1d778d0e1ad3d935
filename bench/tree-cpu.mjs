// CPU time (user + system) of a whole process tree on Linux, read from /proc. /usr/bin/time cannot give it for
// a PDF: ap-ready ends Chromium by killing its process group, so its renderer and zygote processes are never
// waited for by ap-ready and their CPU time is not added to ap-ready's. So the tree is sampled every 100 ms
// and each process counted at its last sample (a process that ends between samples loses under 100 ms).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

function processes() {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // The fields after the command name (which may hold spaces and parentheses): state, ppid, … utime, stime.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // ended while being read
    }
  }
  return all;
}

/** Starts sampling the tree under `root`; stop() gives its CPU seconds so far. */
export function watchTreeCpu(root) {
  const last = new Map();
  const sample = () => {
    const all = processes();
    const tree = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, p] of all)
        if (!tree.has(pid) && tree.has(p.ppid)) {
          tree.add(pid);
          grew = true;
        }
    }
    for (const pid of tree) if (all.has(pid)) last.set(pid, all.get(pid).ticks);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    sample,
    stop() {
      clearInterval(timer);
      let ticks = 0;
      for (const t of last.values()) ticks += t;
      return ticks / TICKS_PER_SECOND;
    },
  };
}
