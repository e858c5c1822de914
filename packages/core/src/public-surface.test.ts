import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as internal from './internal.ts';

/**
 * Core's main entry is what app code calls (catalog, lookups, guards, keys, types, the
 * resolver); plumbing the generator and the adapters share lives on `/internal`. Every name the
 * main entry exports counts here, types included, as TypeScript sees them.
 */

const MAX_MAIN_ENTRY_EXPORTS = 30;

function exportedNames(entry: string): string[] {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  const program = ts.createProgram([file], {
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
  });
  const source = program.getSourceFile(file);
  const symbol = source && program.getTypeChecker().getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`${entry}: TypeScript found no module`);
  return program
    .getTypeChecker()
    .getExportsOfModule(symbol)
    .map((exported) => exported.name)
    .sort();
}

describe("core's main entry", () => {
  const names = exportedNames('./index.ts');

  it(`exports at most ${MAX_MAIN_ENTRY_EXPORTS} names, types included`, () => {
    expect(names.length, names.join(', ')).toBeLessThanOrEqual(MAX_MAIN_ENTRY_EXPORTS);
  });

  it('counts types and values alike (the resolver and its option types)', () => {
    expect(names).toEqual(
      expect.arrayContaining(['createResolver', 'ResolverOptions', 'lookup', 'SectionId']),
    );
  });

  it('leaves the plumbing of /internal off it', () => {
    expect(names.filter((name) => Object.hasOwn(internal, name))).toEqual([]);
  });
});
