import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PeerTexts } from './peer-texts.ts';

/** Helpers the contenders write their app sources with. */

/** The message id every id-keyed contender gives the section's fallback. */
export const fallbackId = 'unknown';

/** `{"50":{"max":500},…}`: the section's default arguments, for the codes that have some. */
export function defaultsLiteral(texts: PeerTexts): string {
  const withDefaults = texts.messages.filter((message) => Object.keys(message.defaults).length > 0);
  return JSON.stringify(Object.fromEntries(withDefaults.map((message) => [message.code, message.defaults])));
}

/** Texts by message id: the code as a string, and `fallbackId` for the fallback. */
export function sourcesById(texts: PeerTexts): Record<string, string> {
  return {
    ...Object.fromEntries(texts.messages.map((message) => [String(message.code), message.source])),
    [fallbackId]: texts.fallback,
  };
}

/** Imports a module the contender wrote into its app directory. */
export async function importFrom<T>(dir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, file)).href)) as T;
}
