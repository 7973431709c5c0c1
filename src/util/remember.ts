/**
 * The value kept under a key, made on the first call. Build-time caches use it: a build asks the
 * same question (an instant, a translated string, a drawn layer) from thousands of pages, and the
 * answer never changes within the process.
 * @example remember(lengths, 'abc', () => 'abc'.length) // 3, and 3 again without calling `make`
 */
export function remember<Key, Value>(cache: Map<Key, Value>, key: Key, make: () => Value): Value {
  // One lookup when the value is there (pages record millions of reads through this); `has` only
  // for a value that is itself undefined.
  const kept = cache.get(key);
  if (kept !== undefined || cache.has(key)) return kept as Value;
  const value = make();
  cache.set(key, value);
  return value;
}
