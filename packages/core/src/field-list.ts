/**
 * The rejected fields of a validation answer as SMSPartner sends them: an
 * array under `error` or `errors` of `{ elementId, message }` (or of plain
 * strings), or an object from field name to message(s). Shared by the Node
 * parser and the React hook (zero dependencies, no catalog). Never throws.
 */

import { own } from './own.ts';

const MAX_FIELDS = 100;
const MAX_FIELD_NAME = 100;

/** `children[phoneNumbers].data` → `phoneNumbers`; `children[a].children[b].data` → `a.b`. */
export function fieldName(elementId: unknown): string {
  if (typeof elementId !== 'string') return '';
  const names = [...elementId.slice(0, 500).matchAll(/children\[([^\]]*)\]/g)].map((match) =>
    match[1]!.trim(),
  );
  const name = names.filter((part) => part !== '').join('.') || elementId.trim();
  return name.length > MAX_FIELD_NAME ? `${name.slice(0, MAX_FIELD_NAME - 1)}…` : name;
}

/** A rejected field as the answer gives it: the field (empty when the answer names none) and SMSPartner's message. */
export interface RawFieldError {
  readonly field: string;
  readonly message: string;
}

/** The rejected fields of an answer body (parsed JSON), in order; empty for anything else. Never throws. */
export function fieldErrorsOf(body: unknown): RawFieldError[] {
  const fields: RawFieldError[] = [];
  try {
    if (typeof body !== 'object' || body === null) return fields;
    for (const member of ['error', 'errors']) {
      const list = own(body, member);
      if (Array.isArray(list)) {
        for (const item of list.slice(0, MAX_FIELDS)) {
          if (typeof item === 'string') fields.push({ field: '', message: item });
          else if (typeof item === 'object' && item !== null) {
            const field = fieldName(
              own(item, 'elementId') ?? own(item, 'field') ?? own(item, 'propertyPath'),
            );
            const message = own(item, 'message');
            fields.push({ field, message: typeof message === 'string' ? message : '' });
          }
        }
      } else if (typeof list === 'object' && list !== null) {
        for (const name of Object.keys(list).slice(0, MAX_FIELDS)) {
          const value = own(list, name);
          const messages = Array.isArray(value) ? value : [value];
          for (const message of messages.slice(0, 10))
            if (typeof message === 'string') fields.push({ field: fieldName(name), message });
        }
      }
    }
  } catch {
    // A body whose getters throw: the fields read so far.
  }
  return fields;
}
