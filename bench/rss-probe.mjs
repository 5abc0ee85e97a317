// Preloaded into a benchmarked process (node --import): reports its peak resident memory, worker threads included.
process.on("exit", () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
