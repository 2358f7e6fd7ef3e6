// ## The <svg> element of a document, as IPython.display.SVG keeps it
//
// SVG.data parses the text with xml.dom.minidom (expat, namespace-aware) and keeps
// `getElementsByTagName('svg')[0].toxml()`: the first <svg> element in document order,
// re-serialized.  Re-serializing changes the text: attributes are written with double
// quotes, namespace declarations first, attribute values normalized (tab/newline → space),
// `&`, `<`, `"`, `>` escaped in text and attribute values, empty elements as `<x/>`,
// CRLF as LF; comments, CDATA sections and processing instructions are kept.  This is a
// small XML reader that does the same for well-formed input.  Text it cannot parse (or
// with no <svg> element) is returned unchanged, where IPython would raise expat's error.

import { escapeHtml } from './table.js';

type XNode =
  | { kind: 'el'; name: string; attrs: [string, string][]; children: XNode[] }
  | { kind: 'text' | 'cdata' | 'comment'; data: string }
  | { kind: 'pi'; target: string; data: string };

class XmlError extends Error {}

const NAME = /[^\s/>=]+/y;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|[^;]*);|&/g, (m, ent: string | undefined) => {
    if (ent === undefined) throw new XmlError('not well-formed');
    if (ent === 'amp') return '&';
    if (ent === 'lt') return '<';
    if (ent === 'gt') return '>';
    if (ent === 'quot') return '"';
    if (ent === 'apos') return "'";
    if (ent.startsWith('#x')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    throw new XmlError(`undefined entity ${m}`);
  });
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  expect(lit: string): void {
    if (!this.s.startsWith(lit, this.i)) throw new XmlError(`expected ${lit}`);
    this.i += lit.length;
  }

  until(end: string): string {
    const j = this.s.indexOf(end, this.i);
    if (j < 0) throw new XmlError(`unclosed, expected ${end}`);
    const out = this.s.slice(this.i, j);
    this.i = j + end.length;
    return out;
  }

  skipSpace(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  name(): string {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (m === null) throw new XmlError('expected a name');
    this.i += m[0].length;
    return m[0];
  }

  /** Nodes up to `</closing>` (or the end of the document when closing is null). */
  content(closing: string | null): XNode[] {
    const out: XNode[] = [];
    const s = this.s;
    while (this.i < s.length) {
      if (s.startsWith('<!--', this.i)) {
        this.i += 4;
        out.push({ kind: 'comment', data: this.until('-->') });
      } else if (s.startsWith('<![CDATA[', this.i)) {
        this.i += 9;
        out.push({ kind: 'cdata', data: this.until(']]>').replace(/\r\n?/g, '\n') });
      } else if (s.startsWith('<?', this.i)) {
        this.i += 2;
        const body = this.until('?>');
        const m = /^(\S+)\s*([\s\S]*)$/.exec(body);
        if (m === null) throw new XmlError('bad processing instruction');
        if (m[1].toLowerCase() !== 'xml') out.push({ kind: 'pi', target: m[1], data: m[2] });
      } else if (s.startsWith('<!DOCTYPE', this.i)) {
        if (closing !== null) throw new XmlError('DOCTYPE inside an element');
        const end = s.indexOf('>', this.i);
        if (end < 0 || s.slice(this.i, end).includes('[')) throw new XmlError('DOCTYPE with an internal subset');
        this.i = end + 1;
      } else if (s.startsWith('</', this.i)) {
        this.i += 2;
        const name = this.name();
        this.skipSpace();
        this.expect('>');
        if (name !== closing) throw new XmlError('mismatched tag');
        return out;
      } else if (s[this.i] === '<') {
        this.i++;
        out.push(this.element());
      } else {
        const j = s.indexOf('<', this.i);
        const raw = s.slice(this.i, j < 0 ? s.length : j);
        this.i = j < 0 ? s.length : j;
        const text = decodeEntities(raw.replace(/\r\n?/g, '\n'));
        if (closing === null) {
          if (text.trim() !== '') throw new XmlError('text outside the root element');
          continue;
        }
        const prev = out[out.length - 1];
        if (prev !== undefined && prev.kind === 'text') prev.data += text;
        else out.push({ kind: 'text', data: text });
      }
    }
    if (closing !== null) throw new XmlError('no element found');
    return out;
  }

  element(): XNode {
    const name = this.name();
    const ns: [string, string][] = [];
    const attrs: [string, string][] = [];
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith('/>', this.i)) {
        this.i += 2;
        return { kind: 'el', name, attrs: [...ns, ...attrs], children: [] };
      }
      if (this.s[this.i] === '>') {
        this.i++;
        return { kind: 'el', name, attrs: [...ns, ...attrs], children: this.content(name) };
      }
      const an = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const q = this.s[this.i];
      if (q !== '"' && q !== "'") throw new XmlError('unquoted attribute');
      this.i++;
      const raw = this.until(q);
      if (raw.includes('<')) throw new XmlError('< in attribute value');
      // Attribute-value normalization: literal whitespace characters become spaces.
      const value = decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '));
      if ([...ns, ...attrs].some(([n]) => n === an)) throw new XmlError('duplicate attribute');
      (an === 'xmlns' || an.startsWith('xmlns:') ? ns : attrs).push([an, value]);
    }
  }
}

/** minidom's Node.toxml() for these nodes. */
function toxml(n: XNode): string {
  switch (n.kind) {
    case 'el': {
      let out = `<${n.name}`;
      for (const [k, v] of n.attrs) out += ` ${k}="${escapeHtml(v)}"`;
      if (n.children.length === 0) return `${out}/>`;
      return `${out}>${n.children.map(toxml).join('')}</${n.name}>`;
    }
    case 'text': return escapeHtml(n.data);
    case 'cdata': return `<![CDATA[${n.data}]]>`;
    case 'comment': return `<!--${n.data}-->`;
    case 'pi': return `<?${n.target} ${n.data}?>`;
  }
}

function findSvg(nodes: XNode[]): XNode | null {
  for (const n of nodes) {
    if (n.kind !== 'el') continue;
    if (n.name === 'svg') return n;
    const inner = findSvg(n.children);
    if (inner !== null) return inner;
  }
  return null;
}

export function svgElement(text: string): string {
  try {
    const r = new Reader(text);
    const doc = r.content(null);
    if (doc.filter((n) => n.kind === 'el').length !== 1) return text;
    const svg = findSvg(doc);
    return svg === null ? text : toxml(svg);
  } catch (e) {
    if (e instanceof XmlError) return text;
    throw e;
  }
}
