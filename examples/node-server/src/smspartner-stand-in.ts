/**
 * A local stand-in for SMSPartner's `POST /v1/send`, so the example runs
 * and is tested without the network or an account. It answers with the
 * bodies SMSPartner documents (reference/api-responses.md): success,
 * wrong API key (code 10), validation errors (code 9, one entry per
 * field), insufficient credit (code 11), malformed JSON (code 90, HTTP
 * 400), rate limiting (HTTP 429, empty body) and a gateway's HTML page
 * while "under maintenance".
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInOptions {
  /** The key the stand-in accepts. */
  readonly apiKey: string;
  /** SMS credit of the account; one SMS per number. Default 100. */
  readonly credit?: number;
  /** Requests accepted per minute before HTTP 429. Default 60. */
  readonly rateLimitPerMinute?: number;
}

export interface StandIn {
  /** `http://127.0.0.1:<port>`, the base URL to send requests to. */
  readonly url: string;
  /** Sets the account's remaining credit. */
  setCredit(credit: number): void;
  /** While on, every request gets a proxy's `502 Bad Gateway` HTML page. */
  setMaintenance(on: boolean): void;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 64 * 1024;
const MAX_SENDER_LENGTH = 11;

interface SendRequest {
  readonly apiKey?: unknown;
  readonly phoneNumbers?: unknown;
  readonly message?: unknown;
  readonly sender?: unknown;
}

const gatewayPage = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The per-field errors of SMSPartner's code 9, with its (unaccented) wording. */
function validationErrors(request: SendRequest): { elementId: string; message: string }[] {
  const errors: { elementId: string; message: string }[] = [];
  if (typeof request.message !== 'string' || request.message.trim() === '')
    errors.push({ elementId: 'children[message].data', message: 'Le message est requis' });
  const numbers = typeof request.phoneNumbers === 'string' ? request.phoneNumbers.split(',') : [];
  const invalid = numbers.find((number) => !/^\+?\d{8,15}$/.test(number.trim()));
  if (numbers.length === 0 || invalid !== undefined)
    errors.push({
      elementId: 'children[phoneNumbers].data',
      message: `Ce numero de telephone n'est pas valide (${(invalid ?? '').trim()})`,
    });
  if (typeof request.sender === 'string' && request.sender.length > MAX_SENDER_LENGTH)
    errors.push({
      elementId: 'children[sender].data',
      message: "L'emetteur ne peut pas etre plus long que 11 caracteres",
    });
  return errors;
}

export async function startSmsPartnerStandIn(options: StandInOptions): Promise<StandIn> {
  let credit = options.credit ?? 100;
  let maintenance = false;
  let nextMessageId = 300;
  const limit = options.rateLimitPerMinute ?? 60;
  let windowStart = Date.now();
  let windowCount = 0;

  const server = createServer(async (request, response) => {
    if (maintenance) {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(gatewayPage);
      return;
    }
    if (Date.now() - windowStart >= 60_000) {
      windowStart = Date.now();
      windowCount = 0;
    }
    if (++windowCount > limit) {
      response.writeHead(429, { 'retry-after': '60' });
      response.end();
      return;
    }
    if (request.method !== 'POST' || request.url !== '/v1/send') {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<html><body><h1>404 Not Found</h1></body></html>');
      return;
    }
    const text = await readBody(request);
    let body: SendRequest;
    try {
      body = JSON.parse(text ?? '') as SendRequest;
      if (typeof body !== 'object' || body === null) throw new TypeError('not an object');
    } catch {
      sendJson(response, 400, {
        success: false,
        code: 90,
        message: 'Le JSON est malformé: erreur de syntaxe',
      });
      return;
    }
    if (body.apiKey !== options.apiKey) {
      sendJson(response, 200, { success: false, code: 10, message: 'Clé API incorrecte' });
      return;
    }
    const errors = validationErrors(body);
    if (errors.length > 0) {
      sendJson(response, 200, { success: false, code: 9, error: errors });
      return;
    }
    const count = String(body.phoneNumbers).split(',').length;
    if (credit < count) {
      sendJson(response, 200, { success: false, code: 11, message: 'Crédit insuffisant' });
      return;
    }
    credit -= count;
    sendJson(response, 200, {
      success: true,
      code: 200,
      message_id: nextMessageId++,
      nb_sms: count,
      cost: Math.round(count * 0.038 * 1000) / 1000,
      currency: 'EUR',
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setCredit: (value) => {
      credit = value;
    },
    setMaintenance: (on) => {
      maintenance = on;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
