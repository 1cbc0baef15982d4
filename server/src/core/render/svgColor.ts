/**
 * Colours for SVG images. The colour is written into the image's fill/stroke attributes, so it must
 * be a colour an SVG renderer understands and must not be able to break out of the attribute.
 * Anything else falls back to a mid grey, readable on both light and dark themes (black, what an
 * image would show otherwise, vanishes on a dark hover).
 */
export const FALLBACK_COLOR = '#808080';

/** CSS Color Level 4 named colours (and transparent). */
const namedColors = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet ' +
    'brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan ' +
    'darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
    'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
    'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
    'dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray ' +
    'green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray ' +
    'lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon ' +
    'mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen ' +
    'paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna ' +
    'silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle ' +
    'tomato transparent turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

const hex = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const number = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?`;
/** rgb()'s first value is a number; hsl()'s an angle: checked after the match. */
const firstValue = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:%|deg|rad|grad|turn)?`;
/** rgb()/rgba()/hsl()/hsla(), comma or space syntax (CSS Color 4), with an optional alpha. */
const functional = new RegExp(
  String.raw`^(rgba?|hsla?)\(\s*(${firstValue})(?:\s*,\s*|\s+)(${number})(?:\s*,\s*|\s+)(${number})` +
    String.raw`(?:\s*[,/]\s*(${number}))?\s*\)$`,
  'i',
);

/**
 * `color` as a safe, compact CSS colour (lower-case, no spaces), or FALLBACK_COLOR. Functional
 * colours are rewritten in the comma syntax every SVG renderer reads: `rgb(1 2 3 / 50%)` →
 * `rgba(1,2,3,50%)`.
 */
export function svgColor(color: string): string {
  const trimmed = color.trim().toLowerCase();
  if (hex.test(trimmed) || namedColors.has(trimmed)) return trimmed;
  const match = functional.exec(trimmed);
  if (!match) return FALLBACK_COLOR;
  const [, name, head, second, third, alpha] = match;
  const base = name.startsWith('rgb') ? 'rgb' : 'hsl';
  // In rgb() the first value is a number or a percentage; only hsl() takes an angle.
  if (base === 'rgb' && !new RegExp(`^${number}$`).test(head)) return FALLBACK_COLOR;
  if (base === 'hsl' && (head.endsWith('%') || !second.endsWith('%') || !third.endsWith('%'))) {
    return FALLBACK_COLOR;
  }
  return alpha === undefined
    ? `${base}(${head},${second},${third})`
    : `${base}a(${head},${second},${third},${alpha})`;
}
