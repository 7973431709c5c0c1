/**
 * Reads our zod schemas as documentation: the fields of an object at a path and the description
 * of a field. Error messages use them ("is missing; add it: …", "did you mean `title`?") and the
 * scaffolding command writes them as comments.
 */
import { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

/**
 * The schema at a path inside another, looking through optional, default, pipe and array
 * wrappers; undefined when the path leads nowhere.
 * @example schemaAt(eventSchema(context), ['venue', 'country'])
 */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const part of path) {
    current = current === undefined ? undefined : childOf(unwrap(current), part);
  }
  return current;
}

/**
 * The description of the field at a path, from its first `.describe()`d wrapper.
 * @example describeAt(partnerSchema(context), ['kind']) // 'what they are: ngo, hotline, …'
 */
export function describeAt(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  let current = schemaAt(schema, path);
  while (current !== undefined) {
    const description = z.globalRegistry.get(current)?.description;
    if (description !== undefined) return description;
    const inner = innerOf(current);
    if (inner === current) return undefined;
    current = inner;
  }
  return undefined;
}

/**
 * The field names of the object at a path (empty when it is not an object).
 * @example fieldsAt(pageSchema(context), []) // ['title', 'summary', 'order']
 */
export function fieldsAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  if (target === undefined) return [];
  const object = unwrap(target);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

/**
 * Whether the field at a path must be present (is neither optional nor defaulted).
 * @example isRequired(eventSchema(context), ['venue', 'city']) // true
 */
export function isRequired(schema: AnySchema, at: readonly PropertyKey[]): boolean {
  const target = schemaAt(schema, at);
  return target !== undefined && !(target as z.ZodType).safeParse(undefined).success;
}

/**
 * The schema inside optional, default, nullable and pipe wrappers.
 * @example unwrap(z.string().optional().default('')) // the `z.string()`
 */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let inner = innerOf(current); inner !== current; inner = innerOf(current)) current = inner;
  return current;
}

/** The schema one wrapper in (optional, default, nullable, pipe), or the schema itself when it wraps none. */
export function innerOf(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; out?: AnySchema; in?: AnySchema };
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
    return def.innerType;
  }
  if (def.type === 'pipe' && def.out !== undefined && def.in !== undefined) {
    // A preprocess is a pipe from a transform to the real schema; a transform is the reverse.
    return def.in._zod.def.type === 'transform' ? def.out : def.in;
  }
  return schema;
}

function childOf(schema: AnySchema, part: PropertyKey): AnySchema | undefined {
  // zod types an object's shape loosely (`any`): each field is a schema.
  if (schema instanceof z.ZodObject) return typeof part === 'string' ? (schema.shape[part] as AnySchema | undefined) : undefined;
  if (schema instanceof z.ZodArray) return typeof part === 'number' ? schema.element : undefined;
  if (schema instanceof z.ZodRecord) return schema._zod.def.valueType;
  return undefined;
}
