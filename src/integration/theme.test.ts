import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '#src/util/contrast.ts';
import { readableOn, SCHEME_BACKGROUNDS, themeCss } from './theme.ts';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((channels) => `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`);

describe('readableOn', () => {
  it('keeps a colour that already reads at 4.5:1', () => {
    expect(readableOn('#1a4fa0', SCHEME_BACKGROUNDS.light, '#000000')).toBe('#1a4fa0');
  });

  it('gives link colours that read at 4.5:1 on both schemes’ backgrounds, for any primary colour', () => {
    fc.assert(
      fc.property(hexColour, (primary) => {
        for (const [scheme, towards] of [
          ['light', '#000000'],
          ['dark', '#ffffff'],
        ] as const) {
          const link = readableOn(primary, SCHEME_BACKGROUNDS[scheme], towards);
          for (const background of SCHEME_BACKGROUNDS[scheme]) expect(contrastRatio(link, background)).toBeGreaterThanOrEqual(4.5);
        }
      }),
    );
  });
});

describe('themeCss', () => {
  it('gives links a lighter colour in the dark scheme', () => {
    expect(themeCss({ primary: '#1a4fa0', accent: '#f5b700' })).toBe(
      ':root{--sid-primary:#1a4fa0;--sid-accent:#f5b700;--sid-on-accent:#000000;--sid-link:#1a4fa0}@media (prefers-color-scheme:dark){:root{--sid-link:#6a8dc1}}',
    );
  });
});
