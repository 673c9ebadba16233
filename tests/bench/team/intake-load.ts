import http from 'node:http';

export interface PostOutcome {
  status: number;
  leadId: string | null;
  /** From the request's start to the whole answer, in ms. */
  ms: number;
  /** performance.now() at the request's start. */
  startedAt: number;
}

/** One lead POSTed over a kept-alive connection; the answer's leadId when it has one. */
export function postLead(
  agent: http.Agent,
  url: URL,
  key: string,
  lead: Record<string, string>,
): Promise<PostOutcome> {
  const body = JSON.stringify(lead);
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            leadId: leadIdOf(text),
            ms: performance.now() - started,
            startedAt: started,
          }),
        );
      },
    );
    request.on('error', () =>
      resolve({ status: 0, leadId: null, ms: performance.now() - started, startedAt: started }),
    );
    request.end(body);
  });
}

/**
 * Open-loop load: `perSecond` leads a second for `seconds`, sent in 20 slices a second on time
 * whatever the answers' pace (a slow hub shows as latency, not as a lower rate).
 */
export async function postAtRate(
  perSecond: number,
  seconds: number,
  send: (index: number) => Promise<PostOutcome>,
): Promise<PostOutcome[]> {
  const total = Math.round(perSecond * seconds);
  const slices = Math.round(seconds * 20);
  const pending: Promise<PostOutcome>[] = [];
  const started = performance.now();
  for (let slice = 0; slice < slices; slice++) {
    const due = started + slice * 50;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const upTo = Math.round(((slice + 1) * total) / slices);
    for (let index = pending.length; index < upTo; index++) pending.push(send(index));
  }
  return Promise.all(pending);
}

function leadIdOf(text: string): string | null {
  try {
    return (JSON.parse(text) as { leadId?: string }).leadId ?? null;
  } catch {
    return null;
  }
}
