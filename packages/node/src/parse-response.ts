import { isSectionId, type SectionId, sanitizeCode } from '@smspartner-i18n/core';
import { fieldErrorsOf, fieldName, normalizeFieldMessage } from '@smspartner-i18n/core/fields';
import { own } from '@smspartner-i18n/core/internal';
import type { CodePack } from '@smspartner-i18n/core/types';
import { builtInPacks } from './built-in-packs.ts';

export { fieldName };

import { type FieldError, SmsPartnerError, type SmsPartnerErrorReason } from './smspartner-error.ts';

/** The most of a body that is read: SMSPartner's answers are a few hundred bytes, list answers a few hundred KiB. */
export const defaultMaxBodyBytes = 1024 * 1024;
const MAX_LIST_ITEMS = 10_000;
const MAX_MEMBERS_SCANNED = 1000;
const MAX_ELEMENTS_SCANNED = 10 * MAX_LIST_ITEMS;
const MAX_TEXT_LENGTH = 200;

export interface ParseOptions {
  /** The API section the request belongs to (`sms.send`): it decides what the codes mean. */
  readonly section: SectionId;
  /** The HTTP status, when `body` is not a `Response` (a `Response`'s own status is used). */
  readonly status?: number;
  /** Bodies longer than this are not parsed (`body-too-large`). Default 1 MiB. */
  readonly maxBytes?: number;
}

/** The part of a fetch `Response` that is read: the global one, undici's or any compatible copy. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
  readonly bodyUsed?: boolean;
  text(): Promise<string>;
}

/**
 * One element of a list answer (`StatutResponse_List`): per-number outcome of a multi-number
 * request. Every item has each key; the ones the element did not carry are `undefined`.
 */
export interface ResponseItem {
  /** Position in the list. */
  readonly index: number;
  readonly ok: boolean;
  readonly code: number | string | undefined;
  readonly phoneNumber?: string;
  readonly messageId?: number | string;
  /** The item's `status` (or `statut`) text as sent: a delivery status on success, the error text on failure. */
  readonly status?: string;
  /** Set when `ok` is false. */
  readonly error?: SmsPartnerError;
}

/** A failed element of a list answer: the same object as its entry in `items`. */
export interface ItemError {
  readonly index: number;
  readonly phoneNumber?: string;
  readonly messageId?: number | string;
  readonly error: SmsPartnerError;
}

interface ResultCommon {
  readonly section: SectionId | undefined;
  readonly httpStatus: number | undefined;
  /** Every element of the answer's lists (`StatutResponse_List`), in order. */
  readonly items: readonly ResponseItem[];
  /** The failed elements of those lists: a successful answer can still hold per-number errors. */
  readonly itemErrors: readonly ItemError[];
}

export interface SmsPartnerSuccess extends ResultCommon {
  readonly ok: true;
  /** `200`, as sent. */
  readonly code: number | string | undefined;
  /** The parsed body (`message_id`, `cost`, …). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly error?: undefined;
}

export interface SmsPartnerFailure extends ResultCommon {
  readonly ok: false;
  readonly error: SmsPartnerError;
  /** The parsed body, when it was a JSON object. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
}

export type SmsPartnerResult = SmsPartnerSuccess | SmsPartnerFailure;

/**
 * A body already in hand: parsed JSON (typed or not), the raw text, or its
 * bytes. (`Record` is listed beside `object` so that object literals are
 * typed by this overload too.)
 */
export type ResponseBody =
  | string
  | Uint8Array
  | ArrayBuffer
  | Readonly<Record<string, unknown>>
  | object
  | null
  | undefined;

/**
 * Reads an SMSPartner answer, whatever shape it has: the parsed JSON, its
 * text or bytes (synchronous), or a fetch `Response` (then it returns a
 * Promise, reading at most `maxBytes`). The body decides, not the HTTP
 * status: `success` and `code` are tested first, and a body that is no
 * SMSPartner answer (empty, HTML, truncated, too large, not an object) gives
 * a failure whose `error.reason` says so. Never throws, never rejects.
 */
// A `Response` is an object too: its overload must come first. `any` and `unknown` get the third, so
// `await parseResponse(x, …)` is the form that fits every case.
export function parseResponse(body: ResponseLike, options: ParseOptions): Promise<SmsPartnerResult>;
export function parseResponse(body: ResponseBody, options: ParseOptions): SmsPartnerResult;
export function parseResponse(
  body: unknown,
  options: ParseOptions,
): SmsPartnerResult | Promise<SmsPartnerResult>;
export function parseResponse(
  body: unknown,
  options: ParseOptions,
): SmsPartnerResult | Promise<SmsPartnerResult> {
  const context = contextOf(options);
  if (isResponseLike(body)) return readResponse(body, context);
  return parseBody(body, context);
}

interface Context {
  readonly section: SectionId | undefined;
  readonly httpStatus: number | undefined;
  readonly maxBytes: number;
  /** Seconds, from the response's `Retry-After` header. */
  readonly retryAfter?: number;
}

/** `Retry-After` as seconds from now: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterSeconds(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text);
  if (text.length > 64) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - now) / 1000)) : undefined;
}

function contextOf(options: unknown): Context {
  let section: unknown;
  let status: unknown;
  let maxBytes: unknown;
  try {
    if (typeof options === 'object' && options !== null) {
      ({ section, status, maxBytes } = options as ParseOptions);
    }
  } catch {
    // An options object whose getters throw is treated as no options.
  }
  return {
    section: isSectionId(section) ? section : undefined,
    httpStatus: httpStatusOf(status),
    maxBytes:
      typeof maxBytes === 'number' && Number.isSafeInteger(maxBytes) && maxBytes > 0
        ? maxBytes
        : defaultMaxBodyBytes,
  };
}

function httpStatusOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : undefined;
}

function isResponseLike(value: unknown): value is ResponseLike {
  try {
    if (typeof value !== 'object' || value === null) return false;
    const response = value as Partial<ResponseLike>;
    return (
      typeof response.text === 'function' &&
      typeof response.status === 'number' &&
      typeof response.headers === 'object' &&
      response.headers !== null &&
      typeof response.headers.get === 'function'
    );
  } catch {
    return false;
  }
}

async function readResponse(response: ResponseLike, context: Context): Promise<SmsPartnerResult> {
  let status: number | undefined;
  try {
    status = httpStatusOf(response.status);
  } catch {
    status = undefined;
  }
  let retryAfter: number | undefined;
  try {
    retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  } catch {
    retryAfter = undefined;
  }
  const withStatus: Context = {
    ...context,
    httpStatus: status ?? context.httpStatus,
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
  try {
    const read = await readCapped(response, withStatus.maxBytes);
    if (read.kind === 'too-large') return failure(withStatus, 'body-too-large');
    if (read.kind === 'unreadable') return failure(withStatus, 'body-unreadable');
    return parseText(read.text, withStatus);
  } catch {
    return failure(withStatus, 'body-unreadable');
  }
}

type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'unreadable' };

async function readCapped(response: ResponseLike, maxBytes: number): Promise<ReadResult> {
  if (response.bodyUsed === true) return { kind: 'unreadable' };
  const declared = Number(response.headers.get('content-length'));
  const stream = response.body;
  if (Number.isFinite(declared) && declared > maxBytes) {
    await stream?.cancel().catch(() => undefined);
    return { kind: 'too-large' };
  }
  if (stream === null || stream === undefined || typeof stream.getReader !== 'function') {
    // No stream to read in pieces (a hand-made response): its text, bounded after the fact.
    const text = await response.text();
    return typeof text !== 'string'
      ? { kind: 'unreadable' }
      : text.length > maxBytes
        ? { kind: 'too-large' }
        : { kind: 'text', text };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) return { kind: 'unreadable' };
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return { kind: 'text', text: decodeUtf8(concat(chunks, size)) };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeUtf8(bytes: Uint8Array): string {
  // `ignoreBOM: false` drops a leading BOM; invalid sequences become U+FFFD rather than an exception.
  return new TextDecoder('utf-8').decode(bytes);
}

function parseBody(body: unknown, context: Context): SmsPartnerResult {
  try {
    if (body === null || body === undefined) return failure(context, 'empty-body');
    if (typeof body === 'string') return parseText(body, context);
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      const bytes =
        body instanceof ArrayBuffer
          ? new Uint8Array(body)
          : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      if (bytes.byteLength > context.maxBytes) return failure(context, 'body-too-large');
      return parseText(decodeUtf8(bytes), context);
    }
    if (typeof body === 'object' && !Array.isArray(body)) return parseEnvelope(body, context);
    return failure(context, 'unexpected-body');
  } catch {
    return failure(context, 'unexpected-body');
  }
}

function parseText(text: string, context: Context): SmsPartnerResult {
  // A string of n UTF-16 units is at least n UTF-8 bytes: no need to encode it to apply the bound.
  if (text.length > context.maxBytes) return failure(context, 'body-too-large');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return failure(context, 'empty-body');
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return failure(context, trimmed.startsWith('{') || trimmed.startsWith('[') ? 'invalid-json' : 'not-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return failure(context, 'unexpected-body');
  return parseEnvelope(value, context);
}

function successFlag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

function codeOf(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const code = value.trim();
  return code === '' || code.length > 64 ? undefined : code;
}

/**
 * The code SMSPartner sends with a success, read as core's `lookup` reads codes: a number, or a
 * string of digits (spaces around allowed). `'0xc8'`, `'2e2'`, `'200.0'` or `'+200'` are not 200.
 */
function isSuccessCode(code: number | string | undefined): boolean {
  if (typeof code === 'number') return code === 200;
  return typeof code === 'string' && /^0*200$/.test(code);
}

/** An explicit `success` flag decides; without one, the code does (200 is success, anything else is not). */
function isSuccess(success: boolean | undefined, code: number | string | undefined): boolean {
  return success ?? isSuccessCode(code);
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text;
}

function parseEnvelope(body: object, context: Context): SmsPartnerResult {
  const data = body as Readonly<Record<string, unknown>>;
  const success = successFlag(own(body, 'success'));
  const code = codeOf(own(body, 'code'));
  if (success === undefined && code === undefined) return failure(context, 'unexpected-body', data);
  const items: ResponseItem[] = [];
  const itemErrors: ItemError[] = [];
  listItems(body, context, items, itemErrors);
  const common = {
    section: context.section,
    httpStatus: context.httpStatus,
    items: Object.freeze(items) as readonly ResponseItem[],
    itemErrors: Object.freeze(itemErrors) as readonly ItemError[],
  };
  if (isSuccess(success, code)) return Object.freeze({ ...common, ok: true as const, code, data });
  const error = new SmsPartnerError({
    section: context.section,
    code,
    apiMessage: apiMessageOf(body),
    fields: fieldErrors(body),
    httpStatus: context.httpStatus,
    reason: 'api-error',
    ...(context.retryAfter !== undefined ? { retryAfter: context.retryAfter } : {}),
  });
  return Object.freeze({ ...common, ok: false as const, error, data });
}

/** `message`, or a top-level `error` that is a plain string. */
function apiMessageOf(body: object): string | undefined {
  const message = own(body, 'message');
  if (typeof message === 'string') return message;
  const error = own(body, 'error');
  return typeof error === 'string' ? error : undefined;
}

/** The rejected fields of a validation answer: core's reading, shared with the React adapter. */
function fieldErrors(body: object): FieldError[] {
  return fieldErrorsOf(body);
}

/**
 * Elements of the body's lists of per-number answers (arrays of objects carrying `success` or
 * `code`), into `items`, and the failed ones into `itemErrors` too. A failed item's error is made
 * when it is first read: a list answer can hold thousands of them, and most callers read a few.
 */
function listItems(body: object, context: Context, items: ResponseItem[], itemErrors: ItemError[]): void {
  // Elements looked at, kept or not: a sparse array made by hand (`length` 2 ** 32 - 1) costs no more than a full list.
  let scanned = 0;
  for (const name of Object.keys(body).slice(0, MAX_MEMBERS_SCANNED)) {
    const list = own(body, name);
    if (!Array.isArray(list)) continue;
    const length = list.length;
    for (let position = 0; position < length; position++) {
      if (items.length >= MAX_LIST_ITEMS || ++scanned > MAX_ELEMENTS_SCANNED) return;
      const element: unknown = list[position];
      if (typeof element !== 'object' || element === null || Array.isArray(element)) continue;
      const success = successFlag(own(element, 'success'));
      const code = codeOf(own(element, 'code'));
      if (success === undefined && code === undefined) continue;
      const ok = isSuccess(success, code);
      const status = textOf(own(element, 'status')) ?? textOf(own(element, 'statut'));
      const phoneNumber = textOf(own(element, 'phoneNumber')) ?? textOf(own(element, 'number'));
      const messageId = idOf(own(element, 'messageId') ?? own(element, 'message_id'));
      const index = items.length;
      if (ok) {
        items.push({ index, ok, code, phoneNumber, messageId, status });
        continue;
      }
      const apiMessage = status ?? textOf(own(element, 'message'));
      let error: SmsPartnerError | undefined;
      // The same object in both lists: a failed item is an item error (index, number, id, error).
      // An object literal with a getter: the cheapest way to an own, enumerable, lazy `error`.
      // Not frozen, unlike the lists and the result: freezing 10,000 items costs more than parsing them.
      const item: ResponseItem & ItemError = {
        index,
        ok,
        code,
        phoneNumber,
        messageId,
        status,
        get error(): SmsPartnerError {
          error ??= new SmsPartnerError({
            section: context.section,
            code: code ?? codeOfStatus(context.section, status),
            apiMessage,
            httpStatus: context.httpStatus,
            reason: 'api-error',
          });
          return error;
        },
      };
      items.push(item);
      itemErrors.push(item);
    }
  }
}

/**
 * The code of an item that sent only its error text (`"status": "Numéro introuvable"`): the code
 * whose official text (English or French, accents and case aside) is that text, in the section.
 */
function codeOfStatus(
  section: SectionId | undefined,
  status: string | undefined,
): number | string | undefined {
  if (section === undefined || status === undefined) return undefined;
  return officialTextCodes(section).get(normalizeFieldMessage(status));
}

function officialTextCodes(section: SectionId): ReadonlyMap<string, string> {
  let codes = statusIndexes.get(section);
  if (codes === undefined) {
    if (!isSectionId(section)) return new Map();
    codes = statusIndexOf(section);
    statusIndexes.set(section, codes);
  }
  return codes;
}

// Filled per section on the first answer that needs it (normalising every official text of every
// section at load was most of the adapter's import time); each index is built from the frozen
// built-in packs, so it is the same whenever it is built, and never written after.
const statusIndexes = new Map<SectionId, ReadonlyMap<string, string>>();

function statusIndexOf(section: SectionId): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  for (const pack of builtInPacks) {
    const texts = (pack as CodePack).codes?.official?.sections?.[section]?.codes ?? {};
    for (const [code, text] of Object.entries(texts)) {
      const normalized = typeof text === 'string' ? normalizeFieldMessage(text) : '';
      if (normalized !== '' && !codes.has(normalized)) codes.set(normalized, code);
    }
  }
  return codes;
}

function idOf(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? sanitizeCode(value) : undefined;
}

function failure(
  context: Context,
  reason: SmsPartnerErrorReason,
  data?: Readonly<Record<string, unknown>>,
): SmsPartnerFailure {
  return Object.freeze({
    ok: false as const,
    section: context.section,
    httpStatus: context.httpStatus,
    items: Object.freeze([]),
    itemErrors: Object.freeze([]),
    error: new SmsPartnerError({
      section: context.section,
      httpStatus: context.httpStatus,
      reason,
      ...(context.retryAfter !== undefined ? { retryAfter: context.retryAfter } : {}),
    }),
    data,
  });
}
