/** A property of a caller's object, or `undefined` when reading it throws (a Proxy, a throwing getter). */
export function read(record: unknown, key: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined;
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
