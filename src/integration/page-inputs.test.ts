import { describe, expect, it } from 'vitest';
import { readInput, recordInputs, withoutRecording } from './page-inputs.ts';

describe('page inputs', () => {
  it('records what a page reads, also after it awaits', async () => {
    const { inputs } = await recordInputs(async () => {
      readInput('list:events');
      await Promise.resolve();
      readInput('entry:events/oodi@fr#data.title');
    });
    expect([...inputs]).toEqual(['list:events', 'entry:events/oodi@fr#data.title']);
  });

  it('does not count work a page starts for the whole build as read by that page', async () => {
    let planned: Promise<void> | undefined;
    const { inputs } = await recordInputs(async () => {
      readInput('list:pages');
      planned = withoutRecording(async () => {
        readInput('body:events/oodi@en');
        await Promise.resolve();
        readInput('body:events/dublin@en');
      });
      await planned;
    });
    await planned;
    expect([...inputs]).toEqual(['list:pages']);
  });
});
