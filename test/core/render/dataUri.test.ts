import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { base64, percentEncode, svgDataUri } from '../../../server/src/core/render/dataUri';
import { FALLBACK_COLOR, svgColor } from '../../../server/src/core/render/svgColor';

describe('percentEncode', () => {
  const cases: [string, string][] = [
    ['abc-._~', 'abc-._~'],
    ['a b', 'a%20b'],
    ['<svg a="1">', '%3Csvg%20a=%221%22%3E'],
    ["('#%&\\[]`)", '%28%27%23%25%26%5C%5B%5D%60%29'],
    ['é', '%C3%A9'],
    ['中', '%E4%B8%AD'],
    ['𝑥', '%F0%9D%91%A5'],
    ['\uD835', '%EF%BF%BD'], // a lone surrogate
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      assert.equal(percentEncode(text), expected);
      if (text !== '\uD835') assert.equal(decodeURIComponent(expected), text);
    });
  }
});

describe('base64', () => {
  it('agrees with Buffer for every length mod 3 and every byte value', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) % 256);
      assert.equal(base64(bytes), Buffer.from(bytes).toString('base64'));
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    assert.equal(base64(all), Buffer.from(all).toString('base64'));
  });
});

describe('svgDataUri', () => {
  it('uses percent-encoding for path-like text, where it is shorter', () => {
    const svg = '<svg><path d="M52,289Q59,331,106,386T222,442"/></svg>';
    assert.equal(svgDataUri(svg), `data:image/svg+xml,${percentEncode(svg)}`);
  });

  it('uses base64 when most characters would need escaping', () => {
    const svg = `<svg><text>${'<>'.repeat(5).replace(/[<>]/g, '&lt;')}${'中'.repeat(30)}</text></svg>`;
    const uri = svgDataUri(svg);
    assert.ok(uri.startsWith('data:image/svg+xml;base64,'));
    assert.equal(Buffer.from(uri.slice(26), 'base64').toString('utf8'), svg);
    assert.ok(uri.length < `data:image/svg+xml,${percentEncode(svg)}`.length);
  });
});

describe('svgColor', () => {
  const cases: [string, string][] = [
    ['#fff', '#fff'],
    ['#FFFF', '#ffff'],
    ['#a1b2c3', '#a1b2c3'],
    ['#a1b2c3d4', '#a1b2c3d4'],
    [' White ', 'white'],
    ['rebeccapurple', 'rebeccapurple'],
    ['rgb(255,0,0)', 'rgb(255,0,0)'],
    ['rgba(255, 0, 0, 0.5)', 'rgba(255,0,0,0.5)'],
    ['rgb(100% 0% 0%)', 'rgb(100%,0%,0%)'],
    ['hsla(10, 20%, 30%, .4)', 'hsla(10,20%,30%,.4)'],
    ['#ggg', FALLBACK_COLOR],
    ['rgb(1,2)', FALLBACK_COLOR],
    ['rgb(1deg,2,3)', FALLBACK_COLOR],
    ['hsl(10, 20, 30)', FALLBACK_COLOR],
    ['red;fill:url(http://x)', FALLBACK_COLOR],
    ['"><script>', FALLBACK_COLOR],
    ['currentColor', FALLBACK_COLOR],
  ];
  for (const [color, expected] of cases) {
    it(`${JSON.stringify(color)} → ${expected}`, () => assert.equal(svgColor(color), expected));
  }
});
