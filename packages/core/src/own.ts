/** An own property only: data from outside must never reach `constructor` or `__proto__`. */
export function own(record: unknown, key: string | number): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}
