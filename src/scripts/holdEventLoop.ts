/**
 * Imported first by every script spawned with `node --import tsx`, so it runs
 * before any other module is evaluated. Under tsx, Node 20 resolves and loads
 * modules through hooks on another thread; while a module's top-level await
 * (the messages loader's, Payload's dynamic imports) waits on them, the main
 * thread's event loop can be empty, and Node then quits with exit code 13
 * ("unsettled top-level await") half-way through a seed or a migration. A
 * timer keeps the loop alive; the scripts end with `process.exit`.
 */
setInterval(() => undefined, 60_000)
