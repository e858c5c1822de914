import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Values } from './contender.ts';
import type { PeerTexts } from './peer-texts.ts';

/** Helpers the contenders write their app sources with. */

/** The message id every id-keyed contender gives the section's fallback. */
export const fallbackId = 'unknown';

/** `{"50":{"max":500},…}`: the section's default arguments, for the codes that have some. */
export function defaultsLiteral(texts: PeerTexts): string {
  const withSome = texts.messages.filter((message) => Object.keys(message.defaults).length > 0);
  return JSON.stringify(Object.fromEntries(withSome.map((message) => [message.code, message.defaults])));
}

/** Texts by message id (the code as a string, and `fallbackId` for the fallback), each `compile`d when given. */
export function sourcesById<T = string>(texts: PeerTexts, compile = (source: string) => source as T) {
  return {
    ...Object.fromEntries(texts.messages.map((message) => [String(message.code), compile(message.source)])),
    [fallbackId]: compile(texts.fallback),
  };
}

/** The id of `code`'s message in `messages`, or `fallbackId` when the catalog has none. */
export function idOf(messages: object, code: number): string {
  return Object.hasOwn(messages, code) ? String(code) : fallbackId;
}

/** `values` over the section's defaults for `code`: what every app but ours merges itself. */
export function withDefaults(texts: PeerTexts): (code: number, values?: Values) => Values {
  const defaults = new Map(texts.messages.map((message) => [message.code, message.defaults]));
  return (code, values) => ({ ...defaults.get(code), ...values });
}

/** Imports the catalog module the contender wrote into its app directory. */
export async function importCatalog<T>(dir: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, 'catalog.mjs')).href)) as T;
}
