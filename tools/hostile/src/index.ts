/**
 * Hostile values for the never-throws properties of every package: what a caller, an API or a
 * forged object can hand a public function. Data-shaped input (any JSON, strings, bytes) is
 * `fc.anything()`'s; these add what JSON cannot hold: Proxies whose traps throw, getters that
 * throw, forged brands, frozen and null-prototype objects, bigints, symbols, extreme numbers,
 * and text full of control characters, escape sequences and bidi controls.
 */
import fc from 'fast-check';

/** The error every trap and getter of this module throws: a test can tell it from a real failure. */
export class HostileError extends Error {
  override readonly name = 'HostileError';
}

function fail(what: string): never {
  throw new HostileError(what);
}

type Trap = keyof ProxyHandler<object>;
/** Every trap a Proxy has: `Reflect` has one function per trap, under the trap's name. */
const allTraps = Object.getOwnPropertyNames(Reflect) as Trap[];

/** fast-check's own probes (cloning, printing a counterexample) pass; everything else is hostile. */
function isProbe(key: unknown): boolean {
  return key === fc.cloneMethod || key === fc.toStringMethod || key === fc.asyncToStringMethod;
}

/** A Proxy of `target` whose `traps` (default: all of them) throw; the others behave normally. */
export function throwingProxy<T extends object>(target: T, traps: readonly Trap[] = allTraps): T {
  const description = `throwingProxy(${Array.isArray(target) ? '[]' : typeof target === 'function' ? 'function' : '{}'}, ${traps.length === allTraps.length ? 'all traps' : traps.join(', ')})`;
  const handler: ProxyHandler<T> = {};
  for (const trap of traps) (handler as Record<string, unknown>)[trap] = () => fail(`proxy ${trap}`);
  handler.get = (object, key, receiver) =>
    key === fc.toStringMethod
      ? () => description
      : isProbe(key)
        ? undefined
        : traps.includes('get')
          ? fail(`proxy get ${String(key)}`)
          : Reflect.get(object, key, receiver);
  handler.has = (object, key) =>
    isProbe(key)
      ? key === fc.toStringMethod
      : traps.includes('has')
        ? fail('proxy has')
        : Reflect.has(object, key);
  return new Proxy(target, handler);
}

/**
 * A Proxy that lies without throwing: `Array.isArray` says yes, `length` is huge, every
 * property read gives another such Proxy, and `has`/`getOwnPropertyDescriptor` claim everything.
 */
export function lyingProxy(): unknown[] {
  const handler: ProxyHandler<unknown[]> = {
    get: (_target, key) =>
      key === fc.toStringMethod
        ? () => 'lyingProxy()'
        : isProbe(key) || key === Symbol.iterator
          ? undefined
          : key === 'length'
            ? 2 ** 32 - 1
            : lying,
    has: (_target, key) => !isProbe(key) || key === fc.toStringMethod,
    getOwnPropertyDescriptor: (_target, key) =>
      key === 'length'
        ? { value: 2 ** 32 - 1, writable: true, enumerable: false, configurable: false }
        : { value: lying, writable: true, enumerable: true, configurable: true },
  };
  const lying: unknown[] = new Proxy([], handler);
  return lying;
}

/** An object whose `keys` are getters that throw, beside plain `values`. */
export function withThrowingGetters(keys: readonly string[], values: Record<string, unknown> = {}): object {
  const record: Record<string, unknown> = { ...values };
  for (const key of keys)
    Object.defineProperty(record, key, {
      get: () => fail(`getter ${key}`),
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(record, fc.toStringMethod, {
    value: () => `withThrowingGetters(${JSON.stringify(keys)}, ${fc.stringify(values)})`,
  });
  return record;
}

/** The brand `@smspartner-i18n/node` recognises its errors by. */
export const smsPartnerErrorBrand = Symbol.for('smspartner-i18n.SmsPartnerError');

/** Strings a terminal or a log reader acts on, or that reorder what is shown. */
const controlSequences: readonly string[] = Object.freeze([
  '\x1B]0;owned\x07',
  '\x1B[2J',
  '\x1B[31m',
  '\x1BP+q\x1B\\',
  '\u009B2J',
  '\u009D0;x\u009C',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\0',
  '\x7F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
]);

/** Text with control characters, escape sequences and bidi controls mixed into ordinary text. */
export const controlText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...controlSequences),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('11', 'sms.send', 'fr', 'Crédit insuffisant', '+33600000001', '<b>x</b>', '{max}'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Numbers at and past every edge. */
export const extremeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -0,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    2 ** 32,
    1e21,
    -1,
    1.5,
    200,
    11,
  ),
  fc.double(),
  fc.integer(),
);

/** Bigints, including ones beyond the range of a double. */
export const extremeBigint: fc.Arbitrary<bigint> = fc.oneof(
  fc.constantFrom(0n, -1n, 11n, 200n, 2n ** 64n, 10n ** 400n, -(10n ** 400n)),
  fc.bigInt(),
);

/** A new value from `make` for each run: a Proxy or an object a test may have frozen is never shared. */
const fresh = <T>(make: () => T): fc.Arbitrary<T> => fc.constant(null).map(make);

/** Values no JSON body holds, and that a careless `String(x)`, `x.y` or `x in y` trips on. */
export const exoticValue: fc.Arbitrary<unknown> = fc.oneof(
  extremeNumber,
  extremeBigint,
  fc.constantFrom(
    Symbol('hostile'),
    Symbol.iterator,
    smsPartnerErrorBrand,
    () => fail('called'),
    Object.create(null),
    Object.freeze({}),
    Object.freeze([]),
    new Date(Number.NaN),
    new Number(11),
    new String('11'),
    /x/g,
    new Map([[11, 11]]),
  ),
  fresh(() => throwingProxy({})),
  fresh(() => throwingProxy([])),
  fresh(() => throwingProxy(() => 0)),
  fresh(lyingProxy),
  fresh(() => withThrowingGetters(['toString', 'valueOf', 'toJSON', 'then', 'length'])),
  fresh(() => ({ [Symbol.toPrimitive]: () => fail('toPrimitive'), toString: () => fail('toString') })),
  fresh(() => forgedError(withThrowingGetters(['category', 'retryable', 'fixableBy', 'key']))),
);

/** Any value: JSON-like data, hostile text, and the exotic values above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 2 },
  { arbitrary: controlText, weight: 2 },
  { arbitrary: exoticValue, weight: 3 },
);

/** What a `hostileRecord` may be, made from its object (with the throwing getters) or its plain values. */
const recordShapes: Record<string, (object: object, plain: object) => object> = {
  plain: (object) => object,
  'null-prototype': (_object, plain) => Object.assign(Object.create(null), plain),
  frozen: (object) => Object.freeze(object),
  'proxy-get': (object) => throwingProxy(object, ['get']),
  'proxy-all': (object) => throwingProxy(object),
};

/**
 * An object with `keys`, each holding a good value (from `good`, when given), a hostile value,
 * or a getter that throws; the object itself may be null-prototype, frozen, a Proxy whose traps
 * throw, or no object at all.
 */
export function hostileRecord(
  keys: readonly string[],
  good: Readonly<Record<string, fc.Arbitrary<unknown>>> = {},
): fc.Arbitrary<unknown> {
  const slot = (key: string) =>
    fc.oneof(good[key] ?? hostileValue, hostileValue, fc.constant(undefined), fc.constant(throwingSlot));
  const record = fc
    .record(Object.fromEntries(keys.map((key) => [key, slot(key)])) as Record<string, fc.Arbitrary<unknown>>)
    .chain((values) =>
      fc.constantFrom(...Object.keys(recordShapes)).map((shape) => {
        const throwingKeys = keys.filter((key) => values[key] === throwingSlot);
        const plain = Object.fromEntries(
          Object.entries(values).filter(([, value]) => value !== throwingSlot && value !== undefined),
        );
        return recordShapes[shape]!(withThrowingGetters(throwingKeys, plain), plain);
      }),
    );
  return fc.oneof({ arbitrary: record, weight: 4 }, { arbitrary: hostileValue, weight: 1 });
}

/** Marks a key of `hostileRecord` whose getter throws. */
const throwingSlot = Symbol('throwing getter');

/** A list of `item`s, or a list that is itself hostile (a Proxy, sparse, with a throwing item getter). */
export function hostileList(item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.array(item, { maxLength: 4 }),
    fc.array(item, { maxLength: 3 }).map((items) => throwingProxy(items, ['get'])),
    fc
      .array(item, { maxLength: 3 })
      .map((items) =>
        Object.defineProperty([...items], 0, { get: () => fail('item getter'), enumerable: true }),
      ),
    fresh(lyingProxy),
    fresh(() => new Array<unknown>(2 ** 32 - 1)),
    hostileValue,
  );
}

/** An object carrying the node adapter's error brand, with the given `entry` and hostile or missing fields. */
export function forgedError(entry: unknown, more: Record<string, unknown> = {}): object {
  return { [smsPartnerErrorBrand]: true, section: 'sms.send', code: 11, entry, ...more };
}

/** Forged branded errors: the brand on a Proxy, on throwing getters, with a forged entry. */
export const forgedErrorValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileRecord(['section', 'code', 'key', 'entry', 'fields', 'retryable', 'httpStatus', 'reason']).map(
    (record) => {
      if (typeof record !== 'object' || record === null) return record;
      try {
        Object.defineProperty(record, smsPartnerErrorBrand, { value: true });
      } catch {
        // A frozen record or a Proxy that refuses: forged differently below.
      }
      return record;
    },
  ),
  fc
    .record({
      category: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'credit', 'limit'),
        hostileValue,
      ),
      retryable: fc.oneof(fc.boolean(), hostileValue),
      fixableBy: fc.oneof(fc.constantFrom('developer', 'user', '__proto__'), hostileValue),
    })
    .map((entry) => forgedError(entry, { key: 'sms.send.insufficientCredit' })),
  fresh(() => forgedError(throwingProxy({}))),
  fresh(() => throwingProxy({ [smsPartnerErrorBrand]: true }, ['ownKeys', 'getOwnPropertyDescriptor'])),
);

/**
 * Counts the calls a suite makes to the API under test, so that it can say how many it made
 * (`report`); `call` runs one and hands its result back.
 */
export function createCallCounter(suite: string) {
  let count = 0;
  return {
    call<T>(run: () => T): T {
      count++;
      return run();
    },
    get count() {
      return count;
    },
    report() {
      return `${suite}: ${count} calls with hostile values`;
    },
  };
}

/**
 * The "never throws" sentences of a README: every sentence saying that something never throws,
 * never rejects, does not throw, or can never throw, as one whitespace-collapsed string each.
 */
export function neverThrowsSentences(markdown: string): string[] {
  const paragraphs = markdown
    .replace(/```[\s\S]*?```/g, '\n\n')
    .split(/\n\s*\n|\n(?=#|\s*[-*|] )/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
  return paragraphs
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z`*(])/))
    .filter((sentence) => /\b(?:never (?:throws?|rejects?)|does not throw|ever throws)\b/i.test(sentence))
    .map((sentence) => sentence.trim());
}
