// Preloaded with `node -r` into a child whose peak memory the bench reports: prints it to stderr on exit.
// On Linux the peak is VmHWM (the process's own high-water resident set): getrusage's ru_maxrss also counts the
// pages a child inherits at fork from its parent until exec, so a bench parent holding 100 MB of Buffers added
// 100 MB to every child it measured. Elsewhere ru_maxrss.
const fs = require("fs");

function peakKb() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // no /proc: not Linux
  }
  return process.resourceUsage().maxRSS;
}

// Also the CPU time the process used (user + system, all its threads): on a shared machine less noisy than wall time.
process.on("exit", () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB=${peakKb()}\nBENCH_CPU_US=${cpu.user + cpu.system}\n`);
});
