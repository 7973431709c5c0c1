/**
 * What a zod schema says of a value, read for the editor's form: its patterns and their messages,
 * the bounds of a number or a list, and its default. Zod keeps these in each schema's checks; the
 * form needs them as Sveltia's options (`pattern`, `min`, `max`, `default`).
 */
import type { z } from 'astro/zod';
import { innerOf, unwrap } from '#src/schemas/schema-fields.ts';

type AnySchema = z.core.$ZodType;

/**
 * A regular expression as Sveltia reads one from its configuration: `/source/flags`, so that the
 * `u` of `/^[\p{L}\p{N}_]+$/u` is kept (without it, `\p{L}` is not a letter class).
 * @example patternText(/^[a-z]+$/) // '/^[a-z]+$/'
 */
export function patternText(regex: RegExp): string {
  return `/${regex.source}/${regex.flags.replace(/[gy]/g, '')}`;
}

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  value?: unknown;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

export function checksOf(schema: AnySchema): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((check) => check._zod.def as CheckDef);
}

/** The message a check gives, as the schema wrote it (`is not a slug; use lowercase letters…`). */
export function messageOf(check: CheckDef): string {
  const message = check.error?.({});
  return typeof message === 'string' ? message : 'is not valid';
}

/** A schema's own message for a wrong value, said of the field: `url is not an https:// URL; …`. */
export function issueText(name: string, schema: AnySchema): string {
  const [check] = checksOf(unwrap(schema));
  return `${name} ${check === undefined ? 'is not valid' : messageOf(check)}`;
}

export function lengthBounds(list: AnySchema): { min?: number; max?: number } {
  const checks = checksOf(list);
  const min = checks.find((check) => check.check === 'min_length')?.minimum;
  const max = checks.find((check) => check.check === 'max_length')?.maximum;
  return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
}

export function numberBounds(number: z.ZodNumber): Record<string, unknown> {
  const checks = checksOf(number);
  const integer = checks.some((check) => check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32'));
  const bound = (name: string) => {
    const check = checks.find((candidate) => candidate.check === name);
    if (typeof check?.value !== 'number') return undefined;
    // An exclusive bound on whole numbers is the next one in (`positive()` is at least 1).
    return check.inclusive === true || !integer ? check.value : check.value + (name === 'greater_than' ? 1 : -1);
  };
  const min = bound('greater_than');
  const max = bound('less_than');
  return {
    value_type: integer ? 'int' : 'float',
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

/** A default the schema gives a number or a yes/no field, so that a new entry starts with it. */
export function defaultOf(schema: AnySchema): { default?: number | boolean } {
  for (let layer = schema, inner = innerOf(layer); ; layer = inner, inner = innerOf(layer)) {
    const def = layer._zod.def as { type: string; defaultValue?: unknown };
    if (def.type === 'default' && (typeof def.defaultValue === 'number' || typeof def.defaultValue === 'boolean')) {
      return { default: def.defaultValue };
    }
    if (inner === layer) return {};
  }
}
