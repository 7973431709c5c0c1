/**
 * The campaign's social profiles (`social` in campaign.yaml) as the footer shows them: each
 * network's own name and its logo as an SVG path (Simple Icons, CC0), drawn inline so that no
 * request leaves the site. A network Simple Icons lacks gets a generic link mark and is named by
 * its address's host.
 */
import {
  siBluesky,
  siFacebook,
  siInstagram,
  siMastodon,
  siTelegram,
  siThreads,
  siTiktok,
  siVimeo,
  siWhatsapp,
  siX,
  siYoutube,
  type SimpleIcon,
} from 'simple-icons';

/** One profile link. */
export interface SocialLink {
  /** The key in campaign.yaml, e.g. `x`. */
  network: string;
  /** The network's name, as the link's text: `X`, `YouTube`. */
  name: string;
  url: string;
  /** An SVG path in a 24 × 24 box. */
  icon: string;
}

const ICONS = new Map<string, SimpleIcon>(
  [siBluesky, siFacebook, siInstagram, siMastodon, siTelegram, siThreads, siTiktok, siVimeo, siWhatsapp, siX, siYoutube].map((icon) => [
    icon.slug,
    icon,
  ]),
);

/** Networks whose logo Simple Icons does not carry (at the brand's request), by their own name. */
const NAMES: Readonly<Record<string, string>> = { linkedin: 'LinkedIn' };

/** Keys that name a network by an older name. */
const ALIASES: Readonly<Record<string, string>> = { twitter: 'x' };

/** A chain link, for networks without a logo of their own here. */
const LINK_ICON =
  'M10.6 13.4a1 1 0 0 1 0-1.4l4-4a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 1 0-1.4-1.4l-4 4a1 1 0 0 1-1.4 0ZM13.4 10.6a1 1 0 0 1 0 1.4l-4 4a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 1 0 1.4 1.4l4-4a1 1 0 0 1 1.4 0Z';

/**
 * The campaign's profiles in the order campaign.yaml lists them.
 * @example socialLinks({ x: 'https://x.com/sid' })[0]?.name // 'X'
 * @example socialLinks({ linkedin: 'https://www.linkedin.com/company/sid' })[0]?.name // 'LinkedIn'
 * @example socialLinks({ pixelfed: 'https://pixelfed.social/sid' })[0]?.name // 'pixelfed.social'
 */
export function socialLinks(social: Readonly<Record<string, string>>): SocialLink[] {
  return Object.entries(social).map(([network, url]) => {
    const icon = ICONS.get(ALIASES[network] ?? network);
    const name = icon?.title ?? NAMES[network] ?? new URL(url).hostname.replace(/^www\./, '');
    return { network, name, url, icon: icon?.path ?? LINK_ICON };
  });
}
