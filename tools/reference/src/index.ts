export * from './parse-reference.ts';
