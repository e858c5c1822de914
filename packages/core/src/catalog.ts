import { type DocumentedAddition, entrySources } from './catalog-data.ts';
import { type FieldKey, fieldKeys } from './field-rules.ts';
import {
  type Category,
  type EntryKind,
  type FixableBy,
  type HlrGroup,
  type MessageParams,
  type Outcome,
  type SectionId,
  type StringCodeSectionId,
  sectionIds,
} from './types.ts';

type Source = (typeof entrySources)[number];

/** Every catalog key of a code (`sms.send.insufficientCredit`, ...). */
export type EntryKey = Source['key'];

/** The key of a section's text for codes the catalog does not know. */
export type SectionFallbackKey = `${SectionId}.unknownCode`;

/** The key of the text for a code of an unknown section. */
export type GlobalFallbackKey = 'unknownCode';

/** Every key a locale pack has a text for: codes, fallbacks, and the texts of request fields. */
export type MessageKey = EntryKey | SectionFallbackKey | GlobalFallbackKey | FieldKey;

/** The codes of one section, exactly as the catalog stores them. */
export type CodeOf<S extends SectionId> = Extract<Source, { section: S }>['code'];

/** The key of a section's code. */
export type KeyOf<S extends SectionId, C extends CodeOf<S> = CodeOf<S>> = Extract<
  Source,
  { section: S; code: C }
>['key'];

export interface CatalogEntry<S extends SectionId = SectionId> {
  readonly section: S;
  /** A number, or a string for `sms.deliveryStatus`, `sms.dlr` and `vms`. */
  readonly code: CodeOf<S>;
  /** Stable, human-readable `<section>.<camelCaseName>`; never reused. */
  readonly key: EntryKey;
  /** The API's own name for the code (`DELIVRD`, `EC_UNKNOWN_SUBSCRIBER`, `NOT_CREDIT`). */
  readonly name?: string;
  /** Other names the same code is known by (resolved defects). */
  readonly aliases: readonly string[];
  readonly kind: EntryKind;
  readonly category: Category;
  /** Errors only: who can do something about it. */
  readonly fixableBy?: FixableBy;
  readonly outcome: Outcome;
  /** Statuses only: `true` when the state will not change any more. */
  readonly final?: boolean;
  /** Whether sending the same request again later can succeed. */
  readonly retryable: boolean;
  /** HLR errors only: Infobip's "Permanent" flag. */
  readonly permanent?: boolean;
  /** HLR entries only: the statusGrpId / errorGrpId group. */
  readonly group?: HlrGroup;
  /** Default values of the ICU arguments the entry's texts use. */
  readonly params: MessageParams;
  /** How a defect of SMSPartner's tables was resolved for this entry. */
  readonly note?: string;
  /**
   * Only on a documented addition (a code that is not a row of SMSPartner's error-code page, such as
   * `sms.send` 9): where SMSPartner documents it, and its wording there.
   */
  readonly documented?: DocumentedAddition;
}

export interface SectionInfo {
  readonly id: SectionId;
  /** SMSPartner's own heading for the section, per edition. */
  readonly heading: { readonly en: string; readonly fr: string };
  /** What the section covers, in plain English. */
  readonly description: string;
  readonly codeType: 'number' | 'string';
  readonly kind: EntryKind;
  /** How many codes the catalog has for it. */
  readonly size: number;
  /** The key of the section's text for unknown codes. */
  readonly fallbackKey: SectionFallbackKey;
}

export const hlrStatusGroups: readonly HlrGroup[] = Object.freeze(
  (
    [
      [1, 'PENDING'],
      [2, 'UNDELIVERABLE'],
      [3, 'DELIVERED'],
      [4, 'EXPIRED'],
      [5, 'REJECTED'],
    ] as const
  ).map(([id, name]) => Object.freeze({ id, name, kind: 'status' as const })),
);

export const hlrErrorGroups: readonly HlrGroup[] = Object.freeze(
  (
    [
      [0, 'OK'],
      [1, 'HANDSET_ERRORS'],
      [2, 'USER_ERRORS'],
      [3, 'OPERATOR_ERRORS'],
    ] as const
  ).map(([id, name]) => Object.freeze({ id, name, kind: 'error' as const })),
);

const statusSections: ReadonlySet<SectionId> = new Set(['sms.deliveryStatus', 'sms.dlr', 'hlr.status']);
// In these sections the code the API sends is itself the API's name for it (`DELIVRD`, `NOT_CREDIT`).
const codeIsNameSections: ReadonlySet<SectionId> = new Set<SectionId>(['sms.dlr', 'vms']);
const stringCodeSections: ReadonlySet<SectionId> = new Set<StringCodeSectionId>([
  'sms.deliveryStatus',
  'sms.dlr',
  'vms',
]);

const sectionText: Record<SectionId, { en: string; fr: string; description: string }> = {
  'sms.send': { en: 'Sending SMS', fr: 'Envoi de SMS', description: 'Errors of the SMS sending endpoints.' },
  'sms.cancel': {
    en: 'SMS Cancellation',
    fr: 'Annulation des SMS',
    description: 'Errors when cancelling a scheduled SMS.',
  },
  'sms.status': {
    en: 'Status Retrieval',
    fr: 'Récupération des statuts',
    description: 'Errors when retrieving the status of sent SMS.',
  },
  'sms.deliveryStatus': {
    en: 'Status List',
    fr: 'Liste des statuts',
    description: 'Delivery statuses of an SMS as the API and webhooks report them.',
  },
  'sms.dlr': {
    en: 'Status Error Codes',
    fr: 'Codes erreurs des statuts',
    description: 'Operator delivery-report (DLR) codes of an SMS.',
  },
  numberVerification: {
    en: 'Number Verification',
    fr: 'Vérification des numéros',
    description: 'Errors of the number verification (HLR lookup) endpoint.',
  },
  rental: {
    en: 'Location',
    fr: 'Location',
    description:
      'Errors of contact-file rental. SMSPartner\'s heading "Location" is the French word for rental, not geolocation.',
  },
  subAccount: { en: 'Sub-account', fr: 'Sous-compte', description: 'Errors of sub-account management.' },
  'hlr.status': {
    en: 'HLR',
    fr: 'HLR',
    description: 'HLR statuses (statusId), grouped by statusGrpId 1-5.',
  },
  'hlr.error': {
    en: 'Error Codes (HLR)',
    fr: 'Code des erreurs (HLR)',
    description: 'HLR errors (errorId), grouped by errorGrpId 0-3, with the Permanent flag.',
  },
  vms: {
    en: 'Sending Voice Messages / VMS',
    fr: 'Envoi de messages vocaux / VMS',
    description: 'Errors of the voice message (VMS) endpoints.',
  },
  mail: { en: 'Sending Mail', fr: 'Envoi de Mail', description: 'Errors of the e-mail sending endpoints.' },
};

function buildEntry(source: Source): CatalogEntry {
  const s = source as Source & {
    name?: string;
    aliases?: readonly string[];
    group?: number;
    permanent?: boolean;
    retryable?: boolean;
    outcome?: Outcome;
    final?: boolean;
    params?: MessageParams;
    note?: string;
    fixableBy?: FixableBy;
    documented?: DocumentedAddition;
  };
  const isStatus = statusSections.has(s.section);
  const name = s.name ?? (codeIsNameSections.has(s.section) ? String(s.code) : undefined);
  const groups = s.section === 'hlr.status' ? hlrStatusGroups : hlrErrorGroups;
  const entry: CatalogEntry = {
    section: s.section,
    code: s.code,
    key: s.key,
    ...(name !== undefined ? { name } : {}),
    aliases: Object.freeze([...(s.aliases ?? [])]),
    kind: isStatus ? 'status' : 'error',
    category: s.category,
    ...(s.fixableBy !== undefined ? { fixableBy: s.fixableBy } : {}),
    outcome: s.outcome ?? 'failure',
    ...(s.final !== undefined ? { final: s.final } : {}),
    retryable: s.retryable ?? false,
    ...(s.permanent !== undefined ? { permanent: s.permanent } : {}),
    ...(s.group !== undefined ? { group: groups.find((g) => g.id === s.group)! } : {}),
    params: Object.freeze({ ...(s.params ?? {}) }),
    ...(s.note !== undefined ? { note: s.note } : {}),
    ...(s.documented !== undefined ? { documented: Object.freeze({ ...s.documented }) } : {}),
  };
  return Object.freeze(entry);
}

/** Every entry of the catalog, in the order of SMSPartner's page. */
export const entries: readonly CatalogEntry[] = Object.freeze(entrySources.map(buildEntry));

/** The twelve sections, in page order, with their metadata. */
export const sections: readonly SectionInfo[] = Object.freeze(
  sectionIds.map((id) =>
    Object.freeze({
      id,
      heading: Object.freeze({ en: sectionText[id].en, fr: sectionText[id].fr }),
      description: sectionText[id].description,
      codeType: stringCodeSections.has(id) ? ('string' as const) : ('number' as const),
      kind: statusSections.has(id) ? ('status' as const) : ('error' as const),
      size: entries.filter((entry) => entry.section === id).length,
      fallbackKey: `${id}.unknownCode` as const,
    }),
  ),
);

export const globalFallbackKey: GlobalFallbackKey = 'unknownCode';

export function sectionFallbackKey<S extends SectionId>(section: S): `${S}.unknownCode` {
  return `${section}.unknownCode`;
}

/**
 * Every message key a locale pack must have: entries, section fallbacks, the global fallback, then
 * the texts of request fields (`sms.send.fields.phoneNumbers.invalid`, see `fieldKeys`).
 */
export const messageKeys: readonly MessageKey[] = Object.freeze([
  ...entries.map((entry) => entry.key),
  ...sections.map((section) => section.fallbackKey),
  globalFallbackKey,
  ...fieldKeys,
]);
