/**
 * The vocabulary of the catalog. Every field is documented in the package
 * README; the values are stable across minor versions.
 */

/** The twelve SMSPartner API sections, in the order of SMSPartner's page. */
export const sectionIds = [
  'sms.send',
  'sms.cancel',
  'sms.status',
  'sms.deliveryStatus',
  'sms.dlr',
  'numberVerification',
  'rental',
  'subAccount',
  'hlr.status',
  'hlr.error',
  'vms',
  'mail',
] as const;

export type SectionId = (typeof sectionIds)[number];

/** Sections whose codes are strings (status words, operator DLR codes, VMS codes). */
export type StringCodeSectionId = 'sms.deliveryStatus' | 'sms.dlr' | 'vms';
export type NumericCodeSectionId = Exclude<SectionId, StringCodeSectionId>;

/**
 * What kind of problem (or state) a code reports. A small, closed set so an
 * app can switch on it:
 * - `credentials`: the API key is missing or wrong
 * - `account`: the account or sub-account is disabled, blocked or not eligible
 * - `credit`: not enough credit
 * - `pricing`: no price is set for a destination
 * - `validation`: a request field is missing or malformed
 * - `limit`: a size, count or rate limit was exceeded
 * - `schedule`: a date, time or sending window is missing or not allowed
 * - `recipient`: the recipient (number, e-mail) cannot be used
 * - `permission`: the caller (IP, account, sender) is not allowed to do this
 * - `not-found`: the referenced message, file or sub-account does not exist
 * - `delivery`: a delivery state reported by SMSPartner or the operator
 * - `network`: an operator or mobile-network error
 * - `server`: a problem inside SMSPartner (queue, processing)
 */
export type Category =
  | 'credentials'
  | 'account'
  | 'credit'
  | 'pricing'
  | 'validation'
  | 'limit'
  | 'schedule'
  | 'recipient'
  | 'permission'
  | 'not-found'
  | 'delivery'
  | 'network'
  | 'server';

export const categories: readonly Category[] = [
  'credentials',
  'account',
  'credit',
  'pricing',
  'validation',
  'limit',
  'schedule',
  'recipient',
  'permission',
  'not-found',
  'delivery',
  'network',
  'server',
];

/**
 * Who can do something about an error, which decides what an app tells its
 * end user (see docs/friendly-texts.md):
 * - `end-user`: the person using the app can change their input
 * - `account-owner`: the SMSPartner account's administrator must act
 * - `developer`: the integration is wrong; the end user cannot fix it
 * - `retry-later`: nobody right now; the condition is temporary
 * - `no-one`: nobody, ever (unknown subscriber, blacklisted number)
 */
export type FixableBy = 'end-user' | 'account-owner' | 'developer' | 'retry-later' | 'no-one';

/** Whether a code reports a failure, a success, or a state still in progress. */
export type Outcome = 'failure' | 'success' | 'pending';

/** A code is an error answer of the API, or a status of a message or number. */
export type EntryKind = 'error' | 'status';

export interface HlrGroup {
  /** `statusGrpId` or `errorGrpId` as the API sends it. */
  readonly id: number;
  /** SMSPartner's (Infobip's) group name: `PENDING`, `HANDSET_ERRORS`, ... */
  readonly name: string;
  readonly kind: 'status' | 'error';
}

/** Default values of the ICU arguments a text uses (`{max, number}`). */
export type MessageParams = Readonly<Record<string, number>>;

/** The register of a text: SMSPartner's own wording, or ours for an end user. */
export type Register = 'official' | 'friendly';

/** The i18next namespace of each register: in the locale packages' `resources` and in the adapters. */
export const smsPartnerNamespaces = Object.freeze({
  official: 'smspartner-official',
  friendly: 'smspartner-friendly',
} as const satisfies Record<Register, string>);

/**
 * One element of a message compiled by `formatjs compile --ast`: the
 * formatjs ICU AST, declared here so that core needs no dependency.
 * `type`: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select,
 * 6 plural, 7 pound (`#`), 8 tag.
 */
export type CompiledElement =
  | { readonly type: 0; readonly value: string }
  | { readonly type: 1; readonly value: string }
  | { readonly type: 2 | 3 | 4; readonly value: string; readonly style?: unknown }
  | {
      readonly type: 5;
      readonly value: string;
      readonly options: Readonly<Record<string, { readonly value: CompiledMessage }>>;
    }
  | {
      readonly type: 6;
      readonly value: string;
      readonly options: Readonly<Record<string, { readonly value: CompiledMessage }>>;
      readonly offset?: number;
      readonly pluralType?: 'cardinal' | 'ordinal';
    }
  | { readonly type: 7 }
  | { readonly type: 8; readonly value: string; readonly children: CompiledMessage };

export type CompiledMessage = readonly CompiledElement[];

/** Compiled messages of one register, by message key. A pack may hold a subset of the keys. */
export type CompiledMessages = Readonly<Partial<Record<string, CompiledMessage>>>;

/**
 * Compiled messages by message key, for one or both registers: the shape
 * of packs made by hand from ICU sources (tests, an app's own texts).
 * Only the resolver of the main entry reads them, since it takes the
 * catalog to turn a code into a key.
 */
export interface MessagePack {
  /** BCP 47 tag: `en`, `fr`, `pt-BR`. */
  readonly locale: string;
  readonly compiled: {
    readonly official?: CompiledMessages;
    readonly friendly?: CompiledMessages;
  };
}

/**
 * What a compiled text reads its arguments through. The resolver makes
 * one per call, in the locale of the text, so the text itself never sees
 * the caller's values unchecked.
 */
export interface TextArgs {
  /**
   * `{name, number}`: the caller's value (a finite number, or a numeric
   * string) formatted in the locale of the text, else `fallback` (the
   * text's default), else `''`.
   */
  n(name: string, fallback?: number): string;
  /** `{name}`: the caller's string as it is, or their number formatted; else `''`. */
  s(name: string): string;
  /** `{code}`: the code as it was sent, sanitised for display (`?` when there is none). */
  c(): string;
  /** The caller's value as given (an own property), for texts `compileText` made from other ICU forms. */
  v(name: string): unknown;
}

/** A text compiled to code: `(a) => \`Au plus ${a.n('max', 500)} numéros.\``; it returns the sentence trimmed. */
export type TextFunction = (args: TextArgs) => string;

/**
 * A text as a code pack ships it: the finished sentence when it takes no
 * argument (shown as it is, never parsed), else a function of its arguments
 * (what the generator compiles `{x, number}` and `{code}` to, with the
 * defaults inlined; `toCodePack` compiles any other ICU message to one).
 */
export type PackText = string | TextFunction;

/** The texts of one section, in one locale and register, by code. */
export interface SectionTexts {
  /** By code, as `lookup` normalises it: `11`, `DELIVRD`, `delivered`. */
  readonly codes: Readonly<Record<string, PackText>>;
  /** The section's text for codes it does not list (`<section>.unknownCode`). */
  readonly unknownCode?: PackText;
  /** Other names of codes, normalised, to the code (`EC_UNKNOWN_SUBSCRIBER` → `1`). */
  readonly aliases?: Readonly<Record<string, string | number>>;
  /** Texts of request fields, by `<field>.<rule>` and `unknownField` (`<section>.fields.*` keys). */
  readonly fields?: FieldTexts;
}

/**
 * The texts of a section's request fields, as a code pack holds them: by
 * `<field>.<rule>` (`phoneNumbers.invalid`, and `<field>.unknown` for a
 * message no rule recognises), and `unknownField` for a field the layer
 * does not list.
 */
export type FieldTexts = Readonly<Record<string, PackText>>;

/** The texts of one register in one locale, by section and code. */
export interface CodeTexts {
  readonly sections: Readonly<Partial<Record<SectionId, SectionTexts>>>;
  /** The text for a code of a section no pack knows (`unknownCode`). */
  readonly unknownCode?: PackText;
}

/**
 * Texts by section and code: what the locale packages export as `pack`
 * (whole, per register, per section). It carries all a resolver needs to
 * answer, so the resolver of `@smspartner-i18n/core/runtime` can leave the
 * catalog out of an app's bundle.
 */
export interface CodePack {
  /** BCP 47 tag: `en`, `fr`, `pt-BR`. */
  readonly locale: string;
  readonly codes: {
    readonly official?: CodeTexts;
    readonly friendly?: CodeTexts;
  };
}

/**
 * What the adapters and `createResolver` take: a code pack (what
 * `@smspartner-i18n/locale-*` export as `pack`, one per locale, register and
 * section) or a message pack (compiled messages by key).
 */
export type LocalePack = CodePack | MessagePack;
