/**
 * The example's own API: `POST /notifications/sms` sends an SMS through
 * SMSPartner and, when that fails, answers with an RFC 9457 problem in the
 * client's language (from `Accept-Language`).
 */
import {
  createTranslator,
  negotiateLocale,
  parseResponse,
  SmsPartnerError,
  toProblemDetails,
} from '@smspartner-i18n/node';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

export interface AppOptions {
  /** SMSPartner's base URL (`https://api.smspartner.fr`, or the stand-in's). */
  readonly smsPartnerUrl: string;
  readonly apiKey: string;
  /** How long to wait for SMSPartner. Default 10 s. */
  readonly timeoutMs?: number;
}

interface SmsRequestBody {
  readonly phoneNumbers: string;
  readonly message: string;
  readonly sender?: string;
}

function replyWithProblem(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const locale = negotiateLocale(request.headers['accept-language']);
  const { problem, headers } = toProblemDetails(error, createTranslator({ locale }));
  if (problem.status >= 500) request.log.warn({ err: error }, 'SMSPartner request failed');
  return reply
    .code(problem.status)
    .headers({ ...headers, vary: 'Accept-Language' })
    .send(problem);
}

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: false });

  app.post<{ Body: SmsRequestBody }>(
    '/notifications/sms',
    {
      schema: {
        body: {
          type: 'object',
          properties: {
            phoneNumbers: { type: 'string' },
            message: { type: 'string' },
            sender: { type: 'string' },
          },
          required: ['phoneNumbers', 'message'],
        },
      },
    },
    async (request, reply) => {
      let response: Response;
      try {
        response = await fetch(new URL('/v1/send', options.smsPartnerUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ apiKey: options.apiKey, ...request.body }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (cause) {
        // No answer at all: a dropped connection, or SMSPartner stayed silent past the timeout.
        const reason = (cause as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'network';
        return replyWithProblem(request, reply, new SmsPartnerError({ section: 'sms.send', reason, cause }));
      }
      const result = await parseResponse(response, { section: 'sms.send' });
      if (!result.ok) return replyWithProblem(request, reply, result.error);
      return reply.code(202).send({
        messageId: result.data['message_id'],
        cost: result.data['cost'],
        currency: result.data['currency'],
      });
    },
  );

  return app;
}
