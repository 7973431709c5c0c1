/**
 * The world map of the events index, drawn at build time: land from Natural Earth's public-domain
 * 1:110m shapes (`world-atlas`, TopoJSON, merged with `topojson-client` into one outline, without
 * Antarctica, where no event takes place and which would take a fifth of the height), projected
 * with d3-geo's Equal Earth (areas true to size, a familiar shape) and written as one compact SVG
 * path in a file of its own, plus a pin per event with a venue drawn in the page. No tiles, no
 * request to another site: the land is a file of the site's, the pins are part of the page.
 */
import { geoEqualEarth, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { remember } from '#src/util/remember.ts';

/** The map's width in SVG units: the events index is 60rem (960px) wide, so a unit is a pixel there. */
export const MAP_WIDTH = 960;

/**
 * Pins no closer than this (in SVG units, on both axes): each pin's target is 24 × 24 px
 * (WCAG 2.5.8) where the map is shown at full width, and targets must not overlap.
 */
export const PIN_GAP = 26;

/** ISO 3166-1 numeric code of Antarctica in `world-atlas`. */
const ANTARCTICA = '010';

/** The id of the land's path in `world-land.svg`, the fragment a `<use>` names. */
export const LAND_ID = 'land';

/** Where `npm run map:draw` writes `landSvg()`, beside this module. */
export const LAND_FILE = new URL('world-land.svg', import.meta.url);

export interface WorldMap {
  width: number;
  height: number;
  /** The SVG path of all land, in whole units, relative moves. */
  land: string;
  /** Longitude and latitude to map units, rounded. */
  project: (lon: number, lat: number) => [number, number];
}

// A cache: the map is the same on every page of a build (module-level, on purpose).
let cached: WorldMap | undefined;

/**
 * The world map, fitted to `MAP_WIDTH`.
 * @example worldMap().project(-6.26, 53.35) // Dublin: [466, 56]
 */
export function worldMap(): WorldMap {
  if (cached !== undefined) return cached;
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const land = merge(
    topology,
    topology.objects.countries.geometries.filter((geometry) => String(geometry.id) !== ANTARCTICA) as Parameters<typeof merge>[1],
  );
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
  const [, [, bottom]] = geoPath(projection).bounds(land);
  cached = {
    width: MAP_WIDTH,
    height: Math.ceil(bottom),
    land: compactPath(projection, land),
    project: (lon, lat) => {
      const point = projection([lon, lat]) ?? [0, 0];
      return [Math.round(point[0]), Math.round(point[1])];
    },
  };
  return cached;
}

/**
 * The land of the world map as an SVG file of its own (`world-land.svg`, written by `npm run
 * map:draw`): the events index of every locale draws it with `<use>`, so the 4 KB of outline is
 * downloaded once and cached, not sent again in every page's first bytes. The path has no fill of
 * its own: it takes the page's map colour, in either colour scheme.
 * @example landSvg().startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 422"><path id="land" d="M')
 */
export function landSvg(map: WorldMap = worldMap()): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><path id="${LAND_ID}" d="${map.land}"/></svg>\n`;
}

/**
 * A shape as SVG path data in whole units, each ring as a move and relative lines, points that
 * round to the one before dropped: about half the size of d3's own output at the same precision.
 */
function compactPath(projection: GeoProjection, shape: GeoPermissibleObjects): string {
  const writer = new PathWriter();
  geoPath(projection, writer)(shape);
  return writer.result();
}

/**
 * A d3-geo path context that writes compact path data: whole units, relative lines, one `l` for
 * a run of lines, numbers separated by a space or by their own minus sign.
 * @example const w = new PathWriter(); w.moveTo(1.2, 2); w.lineTo(3, 2.4); w.lineTo(3.1, 2); w.lineTo(2, 1); w.closePath(); w.result() // 'M1 2l2 0-1-1z'
 */
export class PathWriter implements GeoContext {
  private path = '';
  private last: 'M' | 'l' | 'z' = 'z';
  private x = 0;
  private y = 0;

  moveTo(x: number, y: number): void {
    [this.x, this.y] = [Math.round(x), Math.round(y)];
    this.path += `M${this.x} ${this.y}`;
    this.last = 'M';
  }

  lineTo(x: number, y: number): void {
    const [nextX, nextY] = [Math.round(x), Math.round(y)];
    if (nextX === this.x && nextY === this.y) return;
    const pair = `${this.number(nextX - this.x)}${this.number(nextY - this.y)}`;
    this.path += this.last === 'l' ? pair : `l${pair.trimStart()}`;
    [this.x, this.y, this.last] = [nextX, nextY, 'l'];
  }

  closePath(): void {
    this.path += 'z';
    this.last = 'z';
  }

  arc(): void {
    // Points are drawn as pins, not through the path.
  }

  beginPath(): void {
    // Each ring starts with a move.
  }

  result(): string {
    return this.path;
  }

  private number(value: number): string {
    return value < 0 ? String(value) : ` ${value}`;
  }
}

export interface Pin<Item> {
  /** Where the pin is drawn. */
  x: number;
  y: number;
  /** Where the place really is; differs from x, y when the pin was moved off a neighbour. */
  anchorX: number;
  anchorY: number;
  item: Item;
}

/**
 * Pins for places, moved apart until no two are closer than `gap` on both axes (so that their
 * square targets do not overlap): events in the same city, or in neighbouring ones, each keep a
 * pin of their own, joined to the true place by a line. Deterministic: the same places give the
 * same map. Pins stay inside the map.
 * @example placePins([{ x: 10, y: 10, item: 'a' }, { x: 10, y: 10, item: 'b' }], { width: 100, height: 100 }, 26)
 *   // two pins 26 units apart around (10, 10), moved inside the map's edge
 */
export function placePins<Item>(
  places: readonly { x: number; y: number; item: Item }[],
  size: { width: number; height: number },
  gap: number = PIN_GAP,
): Pin<Item>[] {
  const pins = places.map((place) => ({ x: place.x, y: place.y, anchorX: place.x, anchorY: place.y, item: place.item }));
  const half = gap / 2;
  const clamp = (pin: Pin<Item>) => {
    pin.x = Math.min(Math.max(pin.x, half), size.width - half);
    pin.y = Math.min(Math.max(pin.y, half), size.height - half);
  };
  pins.forEach(clamp);
  // Each round looks at pairs in order of x and stops at the first pin `gap` or more to the right:
  // the farther ones cannot crowd (a sweep: comparing every pair grows with the square of the pins).
  const byX = [...pins];
  for (let round = 0; round < 200; round += 1) {
    let moved = false;
    byX.sort((a, b) => a.x - b.x);
    for (const [i, a] of byX.entries()) {
      for (let j = i + 1; j < byX.length; j += 1) {
        const b = byX[j] as Pin<Item>;
        if (b.x - a.x >= gap) break;
        let [dx, dy] = [b.x - a.x, b.y - a.y];
        const apart = Math.max(Math.abs(dx), Math.abs(dy));
        if (apart >= gap - 1e-6) continue;
        if (apart < 1e-6) {
          // Same place: spread around it by the golden angle, so three or more do not line up.
          const angle = j * 2.399963;
          [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        }
        const scale = (gap - Math.max(Math.abs(dx), Math.abs(dy))) / Math.max(Math.abs(dx), Math.abs(dy)) / 2 + 1e-3;
        const push = apart < 1e-6 ? gap / 2 / Math.max(Math.abs(dx), Math.abs(dy)) : scale;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        clamp(a);
        clamp(b);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return pins.map((pin) => ({ ...pin, x: Math.round(pin.x * 10) / 10, y: Math.round(pin.y * 10) / 10 }));
}

/**
 * Pins on the world map for places given by longitude and latitude, in reading order (west to
 * east in a left-to-right language, east to west in a right-to-left one: the order Tab follows),
 * moved apart where they crowd (`placePins`).
 * @example mapPins([{ lon: 24.94, lat: 60.17, item: 'helsinki' }, { lon: -6.26, lat: 53.35, item: 'dublin' }], 'ltr').map((pin) => pin.item) // ['dublin', 'helsinki']
 */
export function mapPins<Item>(places: readonly { lon: number; lat: number; item: Item }[], dir: 'ltr' | 'rtl'): Pin<Item>[] {
  const map = worldMap();
  const projected = places.map((place) => {
    const [x, y] = map.project(place.lon, place.lat);
    return { x, y, item: place.item };
  });
  // Placed in one order whatever the language, so that every locale draws the same map.
  projected.sort((a, b) => a.x - b.x || a.y - b.y);
  const placed = remember(placements, projected.map((place) => `${place.x},${place.y}`).join(' '), () => placePins(projected, map));
  const pins = placed.map((pin, index) => ({ ...pin, item: (projected[index] as (typeof projected)[number]).item }));
  return dir === 'rtl' ? pins.reverse() : pins;
}

/**
 * Pins placed for a list of places (a cache, on purpose: every locale's events index and filter
 * pages draw the same places, and placing hundreds of pins takes tens of milliseconds).
 */
const placements = new Map<string, Pin<unknown>[]>();
