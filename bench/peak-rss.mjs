// Preloaded with `node --import ./bench/peak-rss.mjs …`: at exit, prints the process's peak RSS
// and CPU time as one JSON line on stderr, so a measured command (the built CLI) runs unchanged.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nPEAK ${JSON.stringify({ maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
