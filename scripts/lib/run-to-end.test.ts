import { describe, expect, it } from 'vitest';
import { runToEnd } from './run-to-end.ts';

describe('runToEnd', () => {
  it('returns the exit code of a child that ends', async () => {
    expect(await runToEnd(['-e', 'process.exitCode = 3'])).toEqual({ status: 3, signal: null, stuck: false });
  });

  it('ends a child that hangs after announcing its exit, with the code it announced', async () => {
    // What Node's exit deadlock looks like from outside: the exit event, then nothing.
    const child = "process.on('exit', () => { for (;;); }); process.exit(5);";
    expect(await runToEnd(['-e', child], { graceMs: 300 })).toEqual({ status: 5, signal: null, stuck: true });
  });

  it('reports the signal that ended a child, as when V8 runs out of heap', async () => {
    expect(await runToEnd(['-e', 'process.abort()'])).toMatchObject({ status: null, signal: 'SIGABRT', stuck: false });
  });
});
