import {
  entryByKey,
  globalFallbackKey,
  isMessageKey,
  type MessageKey,
  messageKeys,
  type SectionId,
  sectionFallbackKey,
  sectionIds,
} from '@smspartner-i18n/core';
import { fieldKeyInfo } from '@smspartner-i18n/core/fields';
import { type Register, registers } from '@smspartner-i18n/core/runtime';

/** The layout of locales/: `<lng>/<register>/<file>.json`, a file per section plus `general.json`. */

/** The registers (core's list): `locales/<lng>/official/` and `locales/<lng>/friendly/`. */
export { type Register, registers };

/** The id of a locale file: a section id, or `general` for the global fallback. */
export type FileId = SectionId | 'general';
export const generalFileId = 'general' as const;
export const fileIds: readonly FileId[] = [...sectionIds, generalFileId];

/** The folder under locales/ that holds the generated JSON Schemas (never a language). */
export const schemaFolderName = 'schema';

/** A BCP 47 tag in its canonical form (`pt-br` → `pt-BR`); `undefined` when the text is no tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Where a key's text lives. */
export function fileIdOfKey(key: MessageKey): FileId {
  if (key === globalFallbackKey) return generalFileId;
  const section =
    entryByKey(key)?.section ??
    fieldKeyInfo(key)?.section ??
    sectionIds.find((id) => sectionFallbackKey(id) === key);
  if (section === undefined) throw new Error(`layout: ${key} is a message key of no known file`);
  return section;
}

const keysByFile: ReadonlyMap<FileId, readonly MessageKey[]> = new Map(
  fileIds.map((fileId) => [fileId, messageKeys.filter((key) => fileIdOfKey(key) === fileId)]),
);

/** The keys a file must hold, in catalog order (entries, then the section fallback). */
export const keysOfFile = (fileId: FileId): readonly MessageKey[] => keysByFile.get(fileId) ?? [];

/** The file a string belongs in when it is a message key, else `undefined`. */
export const fileIdOfString = (key: string): FileId | undefined =>
  isMessageKey(key) ? fileIdOfKey(key) : undefined;

/** True for `sms.send.unknownCode` and `unknownCode`: texts that take the sanitised `{code}` argument. */
export const isFallbackKey = (key: string): boolean =>
  key === globalFallbackKey || sectionIds.some((id) => sectionFallbackKey(id) === key);

/** Lists the keys whose text is meant to be the English one ("OK", a name): not counted untranslated. */
export const sameAsEnglishMember = '$sameAsEnglish';

/** `sms.send` → `sms.send.json`. */
export const fileNameOf = (fileId: FileId): string => `${fileId}.json`;

/** The `$schema` value a locale file carries (relative to `locales/<lng>/<register>/`). */
export const schemaReferenceOf = (fileId: FileId): string => `../../schema/${fileId}.schema.json`;

/** The path of a key below its section inside the i18next tree: `sms.send.apiKeyRequired` → `apiKeyRequired`. */
export function keyInsideFile(key: MessageKey): string {
  const fileId = fileIdOfKey(key);
  return fileId === generalFileId ? key : key.slice(fileId.length + 1);
}

/** Keys and objects whose names would reach JavaScript's object machinery: `Object.prototype`'s members and `prototype`. */
export const forbiddenKeySegments: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);
