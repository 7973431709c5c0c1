import { describe, expect, it } from 'vitest';
import { socialLinks } from './social.ts';

describe('socialLinks', () => {
  it('names each network as it names itself, with its logo, in the order of campaign.yaml', () => {
    const links = socialLinks({
      youtube: 'https://www.youtube.com/@sid',
      x: 'https://x.com/sid',
      linkedin: 'https://www.linkedin.com/company/sid',
    });
    expect(links.map((link) => link.name)).toEqual(['YouTube', 'X', 'LinkedIn']);
    expect(links[0]?.icon).toMatch(/^M/);
    expect(new Set(links.map((link) => link.icon)).size).toBe(3);
  });

  it('names a network it does not know by its host, with a link mark', () => {
    const [link] = socialLinks({ pixelfed: 'https://www.pixelfed.social/sid' });
    expect(link?.name).toBe('pixelfed.social');
    expect(link?.icon).toMatch(/^M/);
  });

  it('gives nothing for a campaign without profiles', () => {
    expect(socialLinks({})).toEqual([]);
  });
});
