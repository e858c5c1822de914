#!/usr/bin/env node
import { open } from 'node:fs/promises';
import { type CliIo, exitCodes, runCli } from './cli-program.ts';

/** Reads at most `maxBytes + 1` bytes: enough to tell that a body is over the limit without reading all of it. */
async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (path === '-') {
    for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBytes) break;
    }
  } else {
    const file = await open(path, 'r');
    try {
      const buffer = new Uint8Array(maxBytes + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.byteLength, 0);
      chunks.push(buffer.subarray(0, bytesRead));
      size = bytesRead;
    } finally {
      await file.close();
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, size - offset), offset);
    offset += chunk.byteLength;
    if (offset >= size) break;
  }
  return bytes;
}

/**
 * Output that cannot be written ends the program quietly: when the reader went away (EPIPE:
 * `… | head -1`), with the exit code the command had, as if everything had been read; on any other
 * write error (a full disk, a closed descriptor), with one line on stderr, if it still works, and
 * exit code 2. Nothing more is written to a stream once it failed.
 */
const failed = new Set<NodeJS.WriteStream>();
let writeError: unknown;

function onWriteError(stream: NodeJS.WriteStream, error: unknown): void {
  if (failed.has(stream)) return;
  failed.add(stream);
  if ((error as { code?: unknown })?.code === 'EPIPE') return;
  writeError ??= error;
  process.exitCode = exitCodes.usage;
  if (stream !== process.stderr && !failed.has(process.stderr)) {
    const code = (error as { code?: unknown })?.code;
    write(
      process.stderr,
      `smspartner-i18n: cannot write the output${typeof code === 'string' ? ` (${code})` : ''}\n`,
    );
  }
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (failed.has(stream)) return;
  try {
    stream.write(text);
  } catch (error) {
    onWriteError(stream, error);
  }
}

process.stdout.on('error', (error) => onWriteError(process.stdout, error));
process.stderr.on('error', (error) => onWriteError(process.stderr, error));

const io: CliIo = {
  stdout: (text) => write(process.stdout, text),
  stderr: (text) => write(process.stderr, text),
  readInput,
  stdinIsTerminal: process.stdin.isTTY === true,
};

const exitCode = await runCli(process.argv.slice(2), io);
process.exitCode = writeError === undefined ? exitCode : exitCodes.usage;
