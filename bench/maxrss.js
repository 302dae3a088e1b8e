// Preloaded with `node -r` into a child whose peak memory the bench reports: prints it to stderr on exit.
process.on("exit", () => process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
