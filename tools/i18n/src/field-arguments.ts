import { fieldKeyInfo } from '@smspartner-i18n/core/fields';
import type { MessageArgument } from './icu.ts';

/**
 * The arguments of a field text (`sms.send.fields.phoneNumbers.invalid`):
 * only those its rule declares (the value SMSPartner quotes, written
 * `{phoneNumber}`; a limit, written `{maxLength, number}`), in both
 * registers, since SMSPartner's own field messages quote the value too.
 */
export interface FieldArgumentProblem {
  readonly rule: 'argument-without-default' | 'argument-not-number' | 'field-argument';
  readonly offset: number;
  readonly message: string;
}

export function fieldArgumentProblems(key: string, args: readonly MessageArgument[]): FieldArgumentProblem[] {
  const info = fieldKeyInfo(key);
  if (info === undefined) return [];
  const declared = Object.entries(info.params);
  const usable = declared.map(([name, spec]) => (spec === 'text' ? `{${name}}` : `{${name}, number}`));
  const problems: FieldArgumentProblem[] = [];
  for (const arg of args) {
    const spec = info.params[arg.name];
    if (spec === undefined || !Object.hasOwn(info.params, arg.name)) {
      problems.push({
        rule: 'argument-without-default',
        offset: arg.offset,
        message: `{${arg.name}} is not a value of this field rule, so the text could lack it; ${
          usable.length > 0 ? `use ${usable.join(', ')}` : 'this field text takes no arguments'
        }`,
      });
    } else if (spec === 'text' && (arg.type !== 'plain' || arg.hasStyle)) {
      problems.push({
        rule: 'field-argument',
        offset: arg.offset,
        message: `{${arg.name}} is the value SMSPartner quotes from the request (text, not a number): write it as {${arg.name}}`,
      });
    } else if (spec !== 'text' && (arg.type !== 'number' || arg.hasStyle)) {
      problems.push({
        rule: 'argument-not-number',
        offset: arg.offset,
        message: `${arg.name} is a number: write it as {${arg.name}, number} so it is formatted for the language`,
      });
    }
  }
  return problems;
}
