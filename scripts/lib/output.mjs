// Coloured, prefixed log lines: `[gateway] ...`. Colour only on a TTY (or FORCE_COLOR), never with NO_COLOR.
export const COLORS = /** @type {const} */ ({
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
  bold: 1,
});

/** @typedef {keyof typeof COLORS} Color */

const useColor =
  !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || Boolean(process.stdout.isTTY));

/**
 * @param {Color} color
 * @param {string} text
 */
export function paint(color, text) {
  return useColor ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

/**
 * Prefixes every line of `text` with a coloured `[name]` tag.
 * @param {string} name
 * @param {Color} color
 * @param {string} text
 */
export function prefixLines(name, color, text) {
  const tag = paint(color, `[${name}]`);
  return text
    .split('\n')
    .map((line) => `${tag} ${line}`)
    .join('\n');
}

/**
 * The launcher's own voice.
 * @param {string} message
 */
export function say(message) {
  process.stdout.write(`${prefixLines('start', 'bold', message)}\n`);
}

/** @param {string} message */
export function warn(message) {
  process.stderr.write(`${prefixLines('start', 'yellow', message)}\n`);
}
