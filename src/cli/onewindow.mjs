#!/usr/bin/env node
// The `onewindow` bin. Node 20 cannot run TypeScript by itself, so register tsx's ESM loader
// and then import the CLI; see src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  if (process.env.ONEWINDOW_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
  process.exitCode = 1;
}
