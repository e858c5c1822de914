import type { CatalogEntry } from '@smspartner-i18n/core';
import { SmsPartnerMessage } from '@smspartner-i18n/react';
import type { ReactElement } from 'react';

/** The metadata of a code as sentences: who can fix it, retry or not, final or not, permanent or not. */
export function metadataInWords(entry: CatalogEntry): string[] {
  const sentences: string[] = [];
  const kind = entry.kind === 'error' ? 'an error' : 'a status';
  const outcome =
    entry.outcome === 'success' ? 'a success' : entry.outcome === 'pending' ? 'still pending' : 'a failure';
  sentences.push(
    `This is ${kind} of the ${entry.section} section, in the category ${entry.category}: ${outcome}.`,
  );
  switch (entry.fixableBy) {
    case 'end-user':
      sentences.push('The end user can fix it: they can change what they entered.');
      break;
    case 'account-owner':
      sentences.push('Only the account owner (the administrator of the SMSPartner account) can fix it.');
      break;
    case 'developer':
      sentences.push('Only the developer can fix it: the integration sends something wrong.');
      break;
    case 'retry-later':
      sentences.push('Nobody has to fix it: it is temporary.');
      break;
    case 'no-one':
      sentences.push('Nobody can fix it.');
      break;
    case undefined:
      break;
  }
  sentences.push(
    entry.retryable
      ? 'It is retryable: the same request may succeed later.'
      : 'It is not retryable: the same request gives the same answer.',
  );
  if (entry.final !== undefined)
    sentences.push(
      entry.final
        ? 'It is final: this status will not change.'
        : 'It is not final: the status can still change.',
    );
  if (entry.permanent !== undefined)
    sentences.push(
      entry.permanent
        ? 'It is permanent: the number will stay unreachable.'
        : 'It is not permanent: the number may become reachable again.',
    );
  return sentences;
}

/** What an app that received the code should do, from the same metadata. */
export function appAdvice(entry: CatalogEntry): string[] {
  if (entry.kind === 'status') {
    const advice = [
      entry.outcome === 'success'
        ? 'Record the success; show the friendly text if the user follows the message.'
        : entry.outcome === 'pending'
          ? 'Show the friendly text as a progress state.'
          : 'Show the friendly text: the message did not get through.',
    ];
    if (entry.final === false)
      advice.push('Ask for the status again later, or wait for the next delivery report.');
    if (entry.final === true) advice.push('Stop asking for this message’s status: it will not change.');
    if (entry.permanent === true) advice.push('Stop sending to this number until it is corrected.');
    if (entry.permanent === false)
      advice.push('The number may be reachable later: a later attempt can succeed.');
    return advice;
  }
  switch (entry.fixableBy) {
    case 'end-user':
      return [
        'Show the friendly text next to what the user entered, and let them correct it.',
        'Do not retry unchanged.',
      ];
    case 'account-owner':
      return [
        'Show the friendly text: it tells the user who can act.',
        'Alert the account owner (credit, settings or permissions of the SMSPartner account).',
        entry.retryable ? 'Retry once they have acted.' : 'Do not retry until they have acted.',
      ];
    case 'developer':
      return [
        'Log the code and alert the developers: the request is wrong, the end user cannot change that.',
        'Show the friendly text, which does not blame the user.',
        'Do not retry unchanged.',
      ];
    case 'retry-later':
      return ['Retry later, with a growing delay.', 'Show the friendly text if the user is waiting.'];
    default:
      return [
        'Show the friendly text.',
        entry.retryable ? 'Retry later, with a growing delay.' : 'Do not retry: the answer will be the same.',
      ];
  }
}

function codeLiteral(entry: CatalogEntry): string {
  return typeof entry.code === 'number' ? `{${entry.code}}` : JSON.stringify(entry.code);
}

function codeArgument(entry: CatalogEntry): string {
  return typeof entry.code === 'number' ? String(entry.code) : JSON.stringify(entry.code);
}

/** How to show the code's text with the React and Node packages, with the text they render. */
export function EntryGuide({
  entry,
  lng,
  problemType,
}: {
  readonly entry: CatalogEntry;
  readonly lng: string;
  /** What `toProblemDetails` puts in `type`: the code's English page on the public site (one address per problem type). */
  readonly problemType: string;
}): ReactElement {
  return (
    <div className="guide">
      <h3>In words</h3>
      <ul>
        {metadataInWords(entry).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>What an app should do</h3>
      <ul>
        {appAdvice(entry).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>Show it with the packages</h3>
      <p>
        In React, with <code>@smspartner-i18n/react</code> (the provider gets the locale packs):
      </p>
      <pre>
        <code>
          {`<SmsPartnerMessage section="${entry.section}" code=${codeLiteral(entry)} />\n// → `}
          <span lang={lng}>
            <SmsPartnerMessage section={entry.section} code={entry.code} tone="friendly" />
          </span>
        </code>
      </pre>
      <p>
        On a Node server, with <code>@smspartner-i18n/node</code>:
      </p>
      <pre>
        <code>
          {`const translator = createTranslator({ locale: '${lng}' });\ntranslator.message('${entry.section}', ${codeArgument(entry)});\n// → `}
          <span lang={lng}>
            <SmsPartnerMessage section={entry.section} code={entry.code} tone="friendly" />
          </span>
          {`\n\ntoProblemDetails(error, translator).problem.type;\n// → '${problemType}' (this code’s page, in English)`}
        </code>
      </pre>
    </div>
  );
}
