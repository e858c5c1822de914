import { FormatterCache, formatCompiled } from './format-compiled.ts';
import { own } from './own.ts';
import { toNumber } from './resolver.ts';
import type { CompiledMessage, MessageParams, PackText, TextArgs } from './types.ts';

/** The argument names a message reads (`{max, number}`, plural, select, dates). */
function argumentNames(message: CompiledMessage, names = new Set<string>()): Set<string> {
  for (const element of message) {
    if ('value' in element && element.type !== 0) names.add(element.value);
    if ('options' in element)
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    if ('children' in element) argumentNames(element.children, names);
  }
  return names;
}

/** A compiled message with something in it: what the pack builders compile, anything else they skip. */
export function isCompiledMessage(value: unknown): value is CompiledMessage {
  return Array.isArray(value) && value.length > 0;
}

/**
 * A message compiled by `formatjs compile --ast` as a pack text: a message
 * of one literal becomes that string; any other a function that formats it
 * in `locale` (the way intl-messageformat does), with `defaults` for the
 * numbers the caller does not give.
 */
export function compileText(message: CompiledMessage, locale: string, defaults?: MessageParams): PackText {
  const only = message.length === 1 ? message[0] : undefined;
  if (only?.type === 0) return only.value;
  const names = [...argumentNames(message)].filter((name) => name !== 'code');
  const cache = new FormatterCache();
  return (args: TextArgs) => {
    const params: Record<string, unknown> = { code: args.c() };
    for (const name of names) {
      const value = args.v(name);
      const fallback = own(defaults, name);
      params[name] = fallback === undefined ? value : (toNumber(value) ?? fallback);
    }
    return formatCompiled(message, locale, params, cache).trim();
  };
}
