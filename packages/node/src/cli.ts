#!/usr/bin/env node
import { open } from 'node:fs/promises';
import { type CliIo, runCli } from './cli-program.ts';

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

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput,
  stdinIsTerminal: process.stdin.isTTY === true,
};

process.exitCode = await runCli(process.argv.slice(2), io);
