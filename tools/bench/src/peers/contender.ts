import type { PeerTexts } from './peer-texts.ts';

/**
 * A contender of the peer comparison: how an app would show the French friendly texts of `sms.send` with one
 * library, built from the same JSON at bench time. `pnpm bench:size` measures its app, `pnpm bench` times its
 * calls, and peers.test.ts checks that both give our sentence for every code.
 */

export type Values = Readonly<Record<string, number>>;

/** What the timed calls read, made before timing and cycled by `index & mask`. */
export interface SpeedInputs {
  readonly staticCodes: readonly number[];
  /** The code of the text with a `{x, number}` argument, and a different value of it for every call. */
  readonly numberCode: number;
  readonly numberValues: readonly Values[];
  readonly mask: number;
}

/**
 * The timed calls, each written as its own function literal in the contender's module and handed to mitata as
 * it is (a shared wrapper would add a megamorphic call to every benchmark).
 */
export interface PeerBenches {
  readonly static: () => void;
  readonly number: () => void;
}

export interface PeerRuntime {
  /** The sentence for `code` (the section's defaults under `values`), through the same calls as the benches. */
  text(code: number, values?: Values): string;
  /** The timed calls over `inputs`, each giving its answer to `sink`, which the checks read back. */
  benches(inputs: SpeedInputs, sink: (answer: unknown) => void): PeerBenches;
}

/** Another build of the same app: a module replacement the library documents for production. */
export interface SizeVariant {
  readonly label: string;
  /** esbuild `alias`, resolved from the package `resolveFrom` (whose own dependencies the replacements are). */
  readonly alias: Readonly<Record<string, string>>;
  readonly resolveFrom: string;
  /** A string of the code the replacement takes out: the test checks that the bundle lacks it. */
  readonly removes: string;
}

export interface Contender {
  /** Short id: benchmark ids are `peer-<id>-static` and `peer-<id>-number`. */
  readonly id: string;
  readonly label: string;
  /** The npm packages its app ships (their installed versions go into the tables). */
  readonly packages: readonly string[];
  readonly sizeVariants?: readonly SizeVariant[];
  /** Whether `files` can build an app of only some codes (a pack per section cannot). */
  readonly subsets: boolean;
  /**
   * The app's files by name: `app.mjs` exports `App({ code, values })`, a React component showing the
   * sentence for an API code chosen at run time; the others are what the library's build makes of the JSON.
   */
  files(texts: PeerTexts): Readonly<Record<string, string>>;
  /** The library set up in this process from the files written in `dir` (the catalog the app ships). */
  runtime(dir: string, texts: PeerTexts): Promise<PeerRuntime>;
}
