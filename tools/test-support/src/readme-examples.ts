import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A package README's examples as tests: its fenced code blocks, each with the README line it
 * starts on; a type-check of its ts and tsx blocks in one TypeScript program against the built
 * packages; and a run of the blocks that show their results as `expression; // → value`. The
 * HTML comments that mark a block (`<!-- readme-test: skip <why> -->`, `given`, `file` and
 * `program`, which GitHub does not show) are described in this package's README.
 */

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ReadmeBlock {
  /** The README, relative to the repository: `packages/node/README.md`. */
  readonly readme: string;
  /** The line of the opening fence, 1-based. */
  readonly line: number;
  /** `packages/node/README.md:104`. */
  readonly where: string;
  /** The info string's first word: `ts`, `tsx`, `js`, `sh`, `json`. */
  readonly lang: string;
  /** The info string's other words. */
  readonly info: string;
  readonly code: string;
  /** Why the block is not checked, when marked `skip`. */
  readonly skip?: string;
  /** Declarations of the reader's own names, and the README line they start on. */
  readonly given?: { readonly code: string; readonly line: number };
  /** Files beside the block, by relative path. */
  readonly files: ReadonlyMap<string, string>;
  /** The program the block is checked in: `main` unless marked. */
  readonly program: string;
}

const directives: readonly string[] = ['skip', 'given', 'file', 'program'];

/**
 * The fenced code blocks of a README, in order. `text` replaces the file's
 * content (a test's deliberately broken copy); `readme` is the path from the
 * repository root or an absolute path.
 */
export function readmeBlocks(readme: string, text?: string): ReadmeBlock[] {
  const path = resolve(repoRoot, readme);
  const name = relative(repoRoot, path);
  const blocks: ReadmeBlock[] = [];
  let pending: { line: number; keyword: string; argument: string; body: string }[] = [];
  let line = 1;
  // The tokens' raw texts put together are the README: each starts where the one before ends.
  for (const token of marked.lexer(text ?? readFileSync(path, 'utf8'))) {
    const at = `${name}:${line}`;
    const [first = '', ...rest] = token.raw.trimEnd().split('\n');
    const marker = /^<!--\s*readme-test:\s*(\S*?):?(?:[ \t]+(.*?))?\s*(-->)?$/.exec(first);
    if (token.type === 'html' && marker) {
      const [, keyword = '', argument = '', closed] = marker;
      if (!closed && rest.pop()?.trim() !== '-->')
        throw new Error(`${at}: the readme-test comment is not closed by a line "-->"`);
      if (!directives.includes(keyword))
        throw new Error(
          `${at}: unknown readme-test directive "${keyword}" (expected ${directives.join(', ')})`,
        );
      if (keyword !== 'given' && argument === '')
        throw new Error(`${at}: readme-test ${keyword} needs ${keyword === 'skip' ? 'a reason' : 'a name'}`);
      pending.push({ line, keyword, argument, body: rest.join('\n') });
    } else if (token.type === 'code' && token.codeBlockStyle !== 'indented') {
      if (!/^ {0,3}(`{3,}|~{3,})$/.test(rest.pop() ?? ''))
        throw new Error(`${at}: the code block is not closed`);
      const of = (keyword: string) => pending.filter((directive) => directive.keyword === keyword);
      const [given, program, skip] = [of('given'), of('program'), of('skip')];
      if (given.length > 1 || program.length > 1)
        throw new Error(`${at}: at most one readme-test given and one program per block`);
      const [, lang = '', info = ''] = /^(\S*)\s*(.*)$/.exec(token.lang ?? '')!;
      blocks.push({
        readme: name,
        line,
        where: at,
        lang,
        info,
        code: `${rest.join('\n')}\n`,
        ...(skip[0] && { skip: skip[0].argument }),
        ...(given[0] && { given: { code: `${given[0].body}\n`, line: given[0].line + 1 } }),
        files: new Map(of('file').map((directive) => [directive.argument, directive.body])),
        program: program[0]?.argument ?? 'main',
      });
      pending = [];
    } else if (token.type !== 'space' && pending.length > 0) break; // thrown below
    line += token.raw.split('\n').length - 1;
  }
  if (pending.length > 0)
    throw new Error(`${name}:${pending[0]!.line}: a readme-test comment must come right before a code block`);
  return blocks;
}

export interface TypeCheckReport {
  readonly checked: readonly ReadmeBlock[];
  /** The ts and tsx blocks marked `skip`. */
  readonly skipped: readonly ReadmeBlock[];
  /** One line per diagnostic: `packages/node/README.md:110: TS2305 … | the line`. */
  readonly problems: readonly string[];
}

const typed = (blocks: readonly ReadmeBlock[]) =>
  blocks.filter((block) => ['ts', 'tsx'].includes(block.lang));

// What a strict app's tsconfig says; skipLibCheck because the declarations are checked by their own packages.
const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  noEmit: true,
};

// The libraries' declarations are parsed once per test file, whatever the number of programs.
const parsed = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks the ts and tsx blocks (others are left out, skipped ones
 * counted), one program per `program` name. `dir` is a directory inside the
 * package: the blocks sit there, so `@smspartner-i18n/*` and the package's
 * other dependencies resolve through its node_modules links to their built
 * declarations, and the package's own name through its `exports`. Or it is a
 * block runner's `directory()`, whose node_modules links the same packages.
 */
export function typeCheckBlocks(blocks: readonly ReadmeBlock[], dir: string): TypeCheckReport {
  const code = typed(blocks);
  const checked = code.filter((block) => block.skip === undefined);
  const problems = [...new Set(checked.map((block) => block.program))].flatMap((program) =>
    checkProgram(
      checked.filter((block) => block.program === program),
      dir,
    ),
  );
  return { checked, skipped: code.filter((block) => block.skip !== undefined), problems };
}

function checkProgram(blocks: readonly ReadmeBlock[], dir: string): string[] {
  // Each block is a module of its own, with its given declarations first; its kind is its extension's.
  const virtual = new Map<string, { text: string; block?: ReadmeBlock }>();
  for (const block of blocks) {
    const folder = join(dir, `readme-line-${block.line}`);
    virtual.set(join(folder, `example.${block.lang}`), {
      text: (block.given?.code ?? '') + block.code,
      block,
    });
    for (const [path, text] of block.files) virtual.set(join(folder, path), { text });
  }
  const base = ts.createCompilerHost(compilerOptions);
  const host: ts.CompilerHost = {
    ...base,
    getCurrentDirectory: () => dir,
    fileExists: (name) => virtual.has(name) || base.fileExists(name),
    directoryExists: (name) =>
      [...virtual.keys()].some((file) => file.startsWith(`${name}/`)) ||
      (base.directoryExists?.(name) ?? true),
    readFile: (name) => virtual.get(name)?.text ?? base.readFile(name),
    getSourceFile: (name, language, onError) => {
      const file = virtual.get(name);
      if (file) return ts.createSourceFile(name, file.text, language, true);
      const key = `${name}\0${JSON.stringify(language)}`;
      if (!parsed.has(key)) parsed.set(key, base.getSourceFile(name, language, onError));
      return parsed.get(key);
    },
  };
  const roots = [...virtual].filter(([, file]) => file.block).map(([name]) => name);
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(roots, compilerOptions, host));
  return diagnostics.map((diagnostic) =>
    located(diagnostic, virtual.get(diagnostic.file?.fileName ?? '')?.block),
  );
}

/** `packages/node/README.md:110: TS2305 Module … has no exported member 'x'. | import { x } from …` */
function located(diagnostic: ts.Diagnostic, block: ReadmeBlock | undefined): string {
  const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  if (!diagnostic.file || diagnostic.start === undefined)
    return `${block?.where ?? 'README examples'}: ${message}`;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const text = diagnostic.file.text.split('\n')[line]!.trim();
  if (!block) return `${diagnostic.file.fileName}:${line + 1}: ${message} | ${text}`;
  const givenLines = block.given ? block.given.code.split('\n').length - 1 : 0;
  const readmeLine = line < givenLines ? block.given!.line + line : block.line + 1 + line - givenLines;
  return `${block.readme}:${readmeLine}: ${message} | ${text}`;
}

/**
 * Turns `expr; // → value` (or `expr;` then a line `// → value`) into an
 * assertion, and imports `assert`. `where` names the lines in the assertions'
 * messages: a block (`packages/node/README.md:120`, then each line's own
 * number) or, by default, `README`.
 */
export function withAssertions(block: string, where?: ReadmeBlock): { code: string; assertions: number } {
  const out: string[] = [];
  let assertions = 0;
  const assert = (expression: string, value: string, source: string, line: number) => {
    assertions++;
    const at = where ? `${where.readme}:${where.line + 1 + line}` : 'README';
    // The prose after two spaces, `// → true   (TypeScript: …)`, explains the value and is not part of it.
    const expected = value.replace(/\s{2,}\(.*\)$/, '').trim();
    out.push(`assert.deepStrictEqual(${expression}, ${expected}, ${JSON.stringify(`${at}: ${source}`)});`);
  };
  for (const [index, line] of block.split('\n').entries()) {
    const inline = /^(.*\S);\s*\/\/ → (.+)$/.exec(line);
    const onNextLine = /^\/\/ → (.+)$/.exec(line.trim());
    const previous = out.at(-1);
    if (inline) assert(inline[1]!, inline[2]!, line, index);
    else if (onNextLine && previous?.endsWith(';')) {
      out.pop();
      assert(previous.slice(0, -1), onNextLine[1]!, `${previous} ${line.trim()}`, index - 1);
    } else out.push(line);
  }
  return { code: `import assert from 'node:assert/strict';\n${out.join('\n')}`, assertions };
}

export interface BlockRunner {
  /** Runs a block in Node against the built packages; throws with the README line when it fails. */
  run(block: ReadmeBlock): { assertions: number };
  /**
   * The scratch directory, made on first use: what its node_modules holds is what the blocks
   * import, so a type-check from there sees the same packages.
   */
  directory(): string;
  /** Removes the runner's scratch directory. */
  dispose(): void;
}

/**
 * Runs blocks as `.mjs` files (TypeScript's types stripped) in a scratch directory inside
 * `packageDir`'s node_modules, so that they see what the package sees (its node_modules, then
 * its parents'), and whose own node_modules links the package itself and the packages of
 * `alsoLinked` (directories): imports resolve as they do for an app that installed them.
 */
export function blockRunner(packageDir: string, alsoLinked: readonly string[] = []): BlockRunner {
  let scratch: string | undefined;
  const directory = () => {
    if (scratch) return scratch;
    mkdirSync(join(packageDir, 'node_modules'), { recursive: true });
    const dir = mkdtempSync(join(packageDir, 'node_modules', '.readme-examples-'));
    for (const own of [packageDir, ...alsoLinked]) {
      const at = join(dir, 'node_modules', JSON.parse(readFileSync(join(own, 'package.json'), 'utf8')).name);
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(realpathSync(own), at, 'dir');
    }
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    scratch = dir;
    return dir;
  };
  return {
    run(block) {
      if (block.given)
        throw new Error(`${block.where}: a block with readme-test given declarations cannot run`);
      const { code, assertions } = withAssertions(block.code, block);
      const js =
        block.lang === 'js'
          ? code
          : ts.transpileModule(code, { compilerOptions, fileName: `example.${block.lang}` }).outputText;
      const file = join(directory(), `readme-line-${block.line}.mjs`);
      writeFileSync(file, js);
      const result = spawnSync(process.execPath, [file], {
        cwd: directory(),
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (result.status !== 0)
        throw new Error(
          `${block.where}: the example failed:\n${result.stderr || String(result.error)}\n--- as run:\n${js}`,
        );
      return { assertions };
    },
    directory,
    dispose() {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      scratch = undefined;
    },
  };
}

/**
 * A copy of `block` whose first name imported from `@smspartner-i18n/*` is
 * misspelt (`name` → `name2`), and the README line of that name; `undefined`
 * when the block imports no name from there.
 */
export function misspeltImport(
  block: ReadmeBlock,
): { block: ReadmeBlock; name: string; line: number } | undefined {
  const match = /import\s*\{\s*(?:type\s+)?(\w+)[^}]*\}\s*from\s*'@smspartner-i18n\//.exec(block.code);
  if (!match) return undefined;
  const name = match[1]!;
  const at = match.index + match[0].indexOf(name, match[0].indexOf('{'));
  const code = `${block.code.slice(0, at)}${name}2${block.code.slice(at + name.length)}`;
  const line = block.line + 1 + block.code.slice(0, at).split('\n').length - 1;
  return { block: { ...block, code }, name, line };
}

export interface ExampleCounts {
  /** The ts and tsx blocks type-checked. */
  readonly typeChecked: number;
  /** The ts and tsx blocks marked `skip`. */
  readonly skipped: number;
  /** The ts, tsx and js blocks that show results (`// → value`), not skipped. */
  readonly run: number;
}

/** The blocks the suite runs: ts, tsx and js blocks with `// → value` lines, not skipped. */
const runnableBlocks = (blocks: readonly ReadmeBlock[]) =>
  blocks.filter(
    (block) =>
      ['ts', 'tsx', 'js'].includes(block.lang) && !block.skip && withAssertions(block.code).assertions > 0,
  );

/** What `describeReadmeExamples` counts in a README, the `expected` its suite is given. */
export function exampleCounts(blocks: readonly ReadmeBlock[]): ExampleCounts {
  const skipped = typed(blocks).filter((block) => block.skip !== undefined).length;
  return { typeChecked: typed(blocks).length - skipped, skipped, run: runnableBlocks(blocks).length };
}

export interface ReadmeExamplesOptions {
  /** The package's directory: its README.md is checked, from its `src/`. */
  readonly packageDir: string;
  /**
   * The blocks the README is known to have: ts and tsx blocks type-checked and
   * skipped, and blocks run. Any other count fails, so that the suite cannot
   * pass by checking nothing.
   */
  readonly expected: ExampleCounts;
  /**
   * Workspace packages the examples import that the package cannot depend on, by directory:
   * core's README shows the locale packs, which depend on core. The blocks are then type-checked
   * and run from a scratch directory whose node_modules links them beside the package, and their
   * `dist/` is needed too.
   */
  readonly alsoImports?: readonly string[];
}

/**
 * The README examples suite of a package: every ts and tsx block type-checks
 * against the built packages, a misspelt import is reported at its line, and
 * every block that shows `// → value` lines runs and shows true values.
 */
export function describeReadmeExamples({
  packageDir,
  expected,
  alsoImports = [],
}: ReadmeExamplesOptions): void {
  const readme = relative(repoRoot, join(packageDir, 'README.md'));
  const blocks = readmeBlocks(readme);
  const runnable = runnableBlocks(blocks);
  const built = [packageDir, ...alsoImports].every((folder) => existsSync(join(folder, 'dist')));
  const runner = blockRunner(packageDir, alsoImports);
  // From the package's src/, its name resolves through its own `exports`.
  const checkedFrom = () => (alsoImports.length > 0 ? runner.directory() : join(packageDir, 'src'));
  // Under CI a missing dist/ fails these tests instead of skipping them.
  const itBuilt = it.runIf(built || process.env['CI']);

  describe(`${readme} examples`, { timeout: 120_000 }, () => {
    it(`has ${expected.typeChecked} ts/tsx blocks to type-check, ${expected.skipped} skipped, ${expected.run} to run`, () => {
      expect(exampleCounts(blocks)).toEqual(expected);
      for (const block of typed(blocks).filter((block) => block.skip !== undefined))
        expect(block.skip, `${block.where}: the reason to skip`).toMatch(/\w{3}/);
      // A js block is checked by running it: one that shows no value would be checked by nothing.
      const idle = blocks.filter((block) => block.lang === 'js' && !block.skip && !runnable.includes(block));
      expect(
        idle.map((block) => block.where),
        'js blocks without `// → value` lines (add some, or mark them readme-test: skip)',
      ).toEqual([]);
    });

    itBuilt('type-checks every ts and tsx block against the built packages', () => {
      const report = typeCheckBlocks(blocks, checkedFrom());
      expect(report.checked.length, 'blocks type-checked').toBe(expected.typeChecked);
      expect(report.problems, `type errors in ${readme}`).toEqual([]);
    });

    itBuilt('reports a misspelt import at its README line', () => {
      const misspelt = typed(blocks)
        .filter((block) => block.skip === undefined)
        .map(misspeltImport)
        .find((copy) => copy !== undefined);
      expect(misspelt, `${readme}: a block importing names from @smspartner-i18n/*`).toBeDefined();
      const { block, name, line } = misspelt!;
      expect(readFileSync(join(repoRoot, readme), 'utf8').split('\n')[line - 1]).toContain(name);
      const [problem, ...others] = typeCheckBlocks([block], checkedFrom()).problems;
      expect(problem).toMatch(new RegExp(`^${escaped(readme)}:${line}: TS(2305|2724) .*'${name}2'`));
      // The name's uses are reported too, each at its own line.
      for (const other of others)
        expect(other).toMatch(new RegExp(`^${escaped(readme)}:\\d+: TS\\d+ .*${name}`));
    });

    afterAll(() => runner.dispose());
    if (runnable.length === 0) return;
    // A run's own time limit is the runner's, 60 s.
    itBuilt.each(runnable.map((block) => [block.where, block] as const))(
      'runs the example at %s, and its → values are what it gives',
      (_where, block) => {
        expect(runner.run(block).assertions).toBeGreaterThan(0);
      },
    );
  });
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
