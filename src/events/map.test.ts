import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAND_FILE, LAND_ID, landSvg, MAP_WIDTH, mapPins, PathWriter, PIN_GAP, placePins, worldMap } from './map.ts';

describe('worldMap', () => {
  const map = worldMap();

  it('puts Helsinki north-east of Dublin, and Mexico City west of both and further south', () => {
    const [dublinX, dublinY] = map.project(-6.2603, 53.3498);
    const [helsinkiX, helsinkiY] = map.project(24.9381, 60.1739);
    const [mexicoX, mexicoY] = map.project(-99.1332, 19.4326);
    expect(helsinkiX).toBeGreaterThan(dublinX);
    expect(helsinkiY).toBeLessThan(dublinY);
    expect(mexicoX).toBeLessThan(dublinX);
    expect(mexicoY).toBeGreaterThan(dublinY);
  });

  it('fits the width, keeps places inside, and puts the prime meridian at the centre', () => {
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBeGreaterThan(350);
    expect(map.height).toBeLessThan(MAP_WIDTH / 2);
    for (const [lon, lat] of [
      [-122.42, 37.77],
      [151.21, -33.87],
      [-70.65, -33.45],
      [24.94, 60.17],
    ] as const) {
      const [x, y] = map.project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
    expect(map.project(0, 51.48)[0]).toBe(MAP_WIDTH / 2);
  });

  it('draws all land as one light path of whole numbers', () => {
    expect(map.land).toMatch(/^M\d+ \d+l/);
    expect(map.land).toMatch(/^[Mlz0-9 -]+$/);
    expect(map.land.length).toBeLessThan(20_000);
    expect(map.land.split('M').length - 1).toBeGreaterThan(50); // islands and continents: many rings
  });

  it('keeps the land in a file of its own that the pages use, drawn from world-atlas as it is today', () => {
    const file = readFileSync(LAND_FILE, 'utf8');
    expect(file, 'src/events/world-land.svg is out of date: run `npm run map:draw`').toBe(landSvg(map));
    expect(file).toContain(`viewBox="0 0 ${map.width} ${map.height}"`);
    expect(file).toContain(`<path id="${LAND_ID}" d="${map.land}"/>`);
    expect(file, 'no fill of its own: the page colours it').not.toContain('fill');
  });
});

describe('PathWriter', () => {
  it('writes whole units and relative lines, dropping points that round to the one before', () => {
    const writer = new PathWriter();
    writer.moveTo(1.2, 2);
    writer.lineTo(3, 2.4);
    writer.lineTo(3.1, 2);
    writer.lineTo(2, 1);
    writer.lineTo(2, 4);
    writer.closePath();
    writer.moveTo(10, 10);
    writer.lineTo(12, 10);
    expect(writer.result()).toBe('M1 2l2 0-1-1 0 3zM10 10l2 0');
  });
});

describe('placePins', () => {
  const size = { width: 960, height: 420 };
  const chebyshev = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));

  it('leaves pins that are far apart where they are', () => {
    const pins = placePins(
      [
        { x: 100, y: 100, item: 'a' },
        { x: 300, y: 200, item: 'b' },
      ],
      size,
    );
    expect(pins.map(({ x, y, item }) => ({ x, y, item }))).toEqual([
      { x: 100, y: 100, item: 'a' },
      { x: 300, y: 200, item: 'b' },
    ]);
  });

  it('moves events in the same city and in neighbouring cities apart, keeping their true place', () => {
    const places = [
      { x: 466, y: 56, item: 'dublin-1' },
      { x: 466, y: 56, item: 'dublin-2' },
      { x: 480, y: 68, item: 'deauville' },
      { x: 490, y: 63, item: 'brussels' },
      { x: 140, y: 120, item: 'sf-1' },
      { x: 140, y: 120, item: 'sf-2' },
      { x: 140, y: 120, item: 'sf-3' },
    ];
    const pins = placePins(places, size);
    for (const [i, a] of pins.entries()) {
      for (const b of pins.slice(i + 1)) expect(chebyshev(a, b), `${a.item} and ${b.item}`).toBeGreaterThanOrEqual(PIN_GAP - 0.2);
      // Moved no further than a few pins' width from the place.
      expect(Math.hypot(a.x - a.anchorX, a.y - a.anchorY)).toBeLessThan(3 * PIN_GAP);
    }
    expect(pins.map((pin) => [pin.anchorX, pin.anchorY])).toEqual(places.map((place) => [place.x, place.y]));
  });

  it('keeps pins inside the map', () => {
    const pins = placePins(
      [
        { x: 0, y: 0, item: 'a' },
        { x: 0, y: 0, item: 'b' },
      ],
      size,
    );
    for (const pin of pins) {
      expect(pin.x).toBeGreaterThanOrEqual(PIN_GAP / 2);
      expect(pin.y).toBeGreaterThanOrEqual(PIN_GAP / 2);
    }
    expect(pins).toHaveLength(2);
    const [first, second] = pins as [(typeof pins)[number], (typeof pins)[number]];
    expect(chebyshev(first, second)).toBeGreaterThanOrEqual(PIN_GAP - 0.2);
  });

  it('gives the same pins for the same places', () => {
    const places = [
      { x: 50, y: 50, item: 1 },
      { x: 50, y: 50, item: 2 },
      { x: 52, y: 49, item: 3 },
    ];
    expect(placePins(places, size)).toEqual(placePins(places, size));
  });
});

describe('mapPins', () => {
  const places = [
    { lon: 24.9381, lat: 60.1739, item: 'helsinki' },
    { lon: -99.1332, lat: 19.4326, item: 'mexico' },
    { lon: -6.2603, lat: 53.3498, item: 'dublin' },
  ];

  it('orders pins in reading order: west to east, or east to west in a right-to-left language', () => {
    expect(mapPins(places, 'ltr').map((pin) => pin.item)).toEqual(['mexico', 'dublin', 'helsinki']);
    expect(mapPins(places, 'rtl').map((pin) => pin.item)).toEqual(['helsinki', 'dublin', 'mexico']);
  });

  it('draws the pin of Helsinki north-east of Dublin’s', () => {
    const pins = new Map(mapPins(places, 'ltr').map((pin) => [pin.item, pin]));
    expect(pins.get('helsinki')?.x).toBeGreaterThan(pins.get('dublin')?.x ?? Infinity);
    expect(pins.get('helsinki')?.y).toBeLessThan(pins.get('dublin')?.y ?? -Infinity);
  });
});

describe('mapPins in every language', () => {
  it('draws the same pins, only in another order', () => {
    const places = [
      { lon: -6.2603, lat: 53.3498, item: 'dublin-1' },
      { lon: -6.2603, lat: 53.3498, item: 'dublin-2' },
      { lon: 4.35, lat: 50.85, item: 'brussels' },
    ];
    const byItem = (pins: { item: string }[]) => [...pins].sort((a, b) => a.item.localeCompare(b.item));
    expect(byItem(mapPins(places, 'rtl'))).toEqual(byItem(mapPins(places, 'ltr')));
  });
});
