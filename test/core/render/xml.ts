/**
 * A strict little XML reader for the tests: enough to tell whether an SVG image would parse
 * (an image that does not shows as a broken icon). Throws on anything ill-formed.
 */
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
}

const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function checkEntities(text: string, where: string): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    entity.lastIndex = i;
    if (!entity.test(text)) throw new Error(`bare & in ${where}: ${text.slice(i, i + 20)}`);
  }
}

export function parseXml(xml: string): XmlElement {
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const attribute = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < xml.length) {
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next < 0 ? xml.length : next);
    if (text.length > 0) {
      if (stack.length === 0 && text.trim() !== '')
        throw new Error(`text outside the root: ${text}`);
      if (text.includes('>')) throw new Error(`stray > in ${text}`);
      checkEntities(text, 'text');
      if (stack.length > 0) stack[stack.length - 1].text += text;
    }
    if (next < 0) break;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    if (!match) throw new Error(`malformed tag at ${next}: ${xml.slice(next, next + 40)}`);
    const [whole, closing, name, attributeText, selfClosing] = match;
    if (closing) {
      if (attributeText || selfClosing) throw new Error(`malformed end tag ${whole}`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
    } else {
      if (stack.length === 0 && root) throw new Error(`a second root <${name}>`);
      const element: XmlElement = { name, attributes: new Map(), children: [], text: '' };
      for (const [, key, double, single] of attributeText.matchAll(attribute)) {
        if (element.attributes.has(key)) throw new Error(`duplicate attribute ${key} on <${name}>`);
        const value = double ?? single;
        checkEntities(value, `attribute ${key}`);
        element.attributes.set(key, value);
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
    i = next + whole.length;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendants(child);
}
