// ## The Jupyter wire format
//
// A message on a ROUTER socket is [identities..., "<IDS|MSG>", signature, header,
// parent_header, metadata, content, buffers...] (messaging spec, "The Wire Protocol").
// The signature is the hex HMAC of the four JSON frames with the connection file's key
// and scheme; an empty key means messages are not signed.  Incoming signatures are
// checked with crypto.timingSafeEqual.  Anything malformed throws WireError, which the
// transport logs before dropping the message.

import * as crypto from 'node:crypto';

export const DELIM = '<IDS|MSG>';
export const PROTOCOL_VERSION = '5.3';

export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
  [k: string]: unknown;
}

export interface Message<C = Record<string, unknown>> {
  identities: Buffer[];
  header: Header;
  parent_header: Partial<Header>;
  metadata: Record<string, unknown>;
  content: C;
  buffers: Buffer[];
}

export class WireError extends Error {}

export class Signer {
  private readonly algorithm: string | null;

  constructor(private readonly key: string, scheme: string) {
    if (key === '') {
      this.algorithm = null;
    } else {
      const m = /^hmac-(.+)$/.exec(scheme);
      if (m === null) throw new WireError(`unsupported signature scheme ${scheme}`);
      this.algorithm = m[1];
      crypto.createHmac(this.algorithm, 'probe');
    }
  }

  sign(frames: Buffer[]): string {
    if (this.algorithm === null) return '';
    const h = crypto.createHmac(this.algorithm, this.key);
    for (const f of frames) h.update(f);
    return h.digest('hex');
  }

  verify(signature: Buffer, frames: Buffer[]): boolean {
    if (this.algorithm === null) return true;
    const expected = Buffer.from(this.sign(frames), 'utf8');
    return signature.length === expected.length && crypto.timingSafeEqual(signature, expected);
  }
}

function parseJson(frame: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(frame.toString('utf8'));
  } catch (e) {
    throw new WireError(`${what} is not JSON: ${(e as Error).message}`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new WireError(`${what} is not a JSON object`);
  return v as Record<string, unknown>;
}

export function decode(frames: Buffer[], signer: Signer): Message {
  const i = frames.findIndex((f) => f.length === DELIM.length && f.toString('utf8') === DELIM);
  if (i < 0) throw new WireError('no <IDS|MSG> delimiter');
  if (frames.length < i + 6) throw new WireError(`expected 5 frames after the delimiter, got ${frames.length - i - 1}`);
  const [sig, h, p, m, c] = frames.slice(i + 1, i + 6);
  if (!signer.verify(sig, [h, p, m, c])) throw new WireError('invalid signature');
  const header = parseJson(h, 'header');
  if (typeof header.msg_type !== 'string' || typeof header.msg_id !== 'string') throw new WireError('header without msg_type or msg_id');
  return {
    identities: frames.slice(0, i),
    header: header as Header,
    parent_header: parseJson(p, 'parent_header') as Partial<Header>,
    metadata: parseJson(m, 'metadata'),
    content: parseJson(c, 'content'),
    buffers: frames.slice(i + 6),
  };
}

export function encode(msg: Omit<Message<unknown>, 'buffers'> & { buffers?: Buffer[] }, signer: Signer): Buffer[] {
  const parts = [msg.header, msg.parent_header, msg.metadata, msg.content].map((o) => Buffer.from(JSON.stringify(o), 'utf8'));
  return [...msg.identities, Buffer.from(DELIM), Buffer.from(signer.sign(parts)), ...parts, ...(msg.buffers ?? [])];
}

export function newHeader(msgType: string, session: string, username = 'glasspy'): Header {
  return {
    msg_id: crypto.randomUUID(),
    session,
    username,
    date: new Date().toISOString(),
    msg_type: msgType,
    version: PROTOCOL_VERSION,
  };
}
