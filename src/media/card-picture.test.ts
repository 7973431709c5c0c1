import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { cardPicture, widthsUpTo } from './card-picture.ts';

const image = (width: number, height: number): ImageMetadata => ({ src: '/a.jpg', width, height, format: 'jpg' });

describe('widthsUpTo', () => {
  it('never enlarges an image, and lists a width once', () => {
    expect(widthsUpTo({ width: 1280 }, [320, 640])).toEqual([320, 640]);
    expect(widthsUpTo({ width: 500 }, [320, 640])).toEqual([320, 500]);
    expect(widthsUpTo({ width: 200 }, [320, 640])).toEqual([200]);
  });
});

describe('cardPicture', () => {
  it('encodes a banner 640 pixels wide, a little lighter than sharp’s default', () => {
    expect(cardPicture(image(1280, 720), 'wide')).toMatchObject({ width: 640, quality: 40 });
  });

  it('encodes a logo or emoji at twice its 4rem box', () => {
    expect(cardPicture(image(400, 400), 'square')).toMatchObject({ width: 128, quality: 50 });
  });

  it('never enlarges a small image', () => {
    expect(cardPicture(image(500, 300), 'wide').width).toBe(500);
    expect(cardPicture(image(100, 50), 'square').width).toBe(100);
  });
});
