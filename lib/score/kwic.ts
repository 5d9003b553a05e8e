/**
 * Keyword in context: the words around a hit, so that every count can be checked by
 * reading where it came from.
 *
 * @module
 */
/** How much context a hit gets. */
export interface KwicOptions {
  /** Words of context on each side. Default: `8`. */
  words?: number;
  /** At most this many characters on each side (whole words are kept). Default: `60`. */
  chars?: number;
}

/**
 * The left context of a hit from the text between the start of the word `words` words
 * before it and the hit: white space collapsed to single spaces, cut to the last `chars`
 * characters at a word boundary.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(kwicLeft("twee drie\nvier: ", { chars: 12 }), "drie vier:");
 * ```
 */
export function kwicLeft(text: string, options: KwicOptions = {}): string {
  return cutLeft(collapse(text), options.chars ?? 60);
}

/**
 * The right context of a hit from the text between its end and the end of the word
 * `words` words after it; see {@linkcode kwicLeft}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(kwicRight(" vijf\n\nzes zeven", { chars: 9 }), "vijf zes");
 * ```
 */
export function kwicRight(text: string, options: KwicOptions = {}): string {
  return cutRight(collapse(text), options.chars ?? 60);
}

/** `s.replace(/\s+/g, " ").trim()`, by a loop that copies nothing when nothing changes. */
function collapse(s: string): string {
  const n = s.length;
  let out = "";
  let from = 0; // start of the part of s not yet copied to out
  let i = 0;
  while (i < n) {
    if (!isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    // A single space inside the text stays as it is; any other run of white space is cut
    // out (at either end) or made one space.
    if (j - i === 1 && s.charCodeAt(i) === 32 && i > 0 && j < n) {
      i = j;
      continue;
    }
    out += s.slice(from, i);
    if (i > 0 && j < n) out += " ";
    from = i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether a code unit is white space to `\s` (and to `trim`). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function cutLeft(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(s.length - chars);
  if (s[s.length - chars - 1] === " ") return cut;
  const space = cut.indexOf(" ");
  return space < 0 ? cut : cut.slice(space + 1);
}

function cutRight(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(0, chars);
  if (s[chars] === " ") return cut;
  const space = cut.lastIndexOf(" ");
  return space < 0 ? cut : cut.slice(0, space);
}
