import type { CatalogEntry } from '@smspartner-i18n/core';
import { SmsPartnerMessage } from '@smspartner-i18n/react';
import type { ReactElement } from 'react';
import type { UiText } from './ui-text.ts';

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
  ui,
  problemType,
}: {
  readonly entry: CatalogEntry;
  readonly lng: string;
  /** The page's words: headings, the metadata in words, the advice. */
  readonly ui: UiText;
  /** What `toProblemDetails` puts in `type`: the code's English page on the public site (one address per problem type). */
  readonly problemType: string;
}): ReactElement {
  return (
    <div className="guide">
      <h3>{ui.inWords}</h3>
      <ul>
        {ui.metadataInWords(entry).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>{ui.whatToDo}</h3>
      <ul>
        {ui.appAdvice(entry).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h3>{ui.showIt}</h3>
      <p>
        {ui.inReact[0]}
        <code>@smspartner-i18n/react</code>
        {ui.inReact[1]}
      </p>
      <pre>
        <code>
          {`<SmsPartnerMessage section="${entry.section}" code=${codeLiteral(entry)} />\n// → `}
          <span lang={lng}>
            <SmsPartnerMessage section={entry.section} code={entry.code} register="friendly" />
          </span>
        </code>
      </pre>
      <p>
        {ui.onNode[0]}
        <code>@smspartner-i18n/node</code>
        {ui.onNode[1]}
      </p>
      <pre>
        <code>
          {`const translator = createTranslator({ locale: '${lng}' });\ntranslator.message('${entry.section}', ${codeArgument(entry)});\n// → `}
          <span lang={lng}>
            <SmsPartnerMessage section={entry.section} code={entry.code} register="friendly" />
          </span>
          {`\n\ntoProblemDetails(error, translator).problem.type;\n// → '${problemType}' (${ui.problemTypeNote})`}
        </code>
      </pre>
    </div>
  );
}
