// The closing banner of `npm start`: everything a person needs to try the stack.

/**
 * Hides the password of a connection URL.
 * @param {string} url
 */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * @typedef {object} BannerInfo
 * @property {{ portal: string, gateway: string, adminApi: string, mockProvider: string }} urls
 * @property {{ email: string, password: string }} admin
 * @property {{ demo: string, trial: string }} keys
 * @property {{ url: string, embedded: boolean, dataDir?: string }} database
 * @property {{ url: string, singleNode: boolean }} redis
 */

/**
 * @param {BannerInfo} info
 * @returns {string}
 */
export function formatBanner(info) {
  const rows = [
    ['Portal', info.urls.portal],
    ['Gateway', `${info.urls.gateway}/v1`],
    ['Admin API', info.urls.adminApi],
    ['Mock provider', info.urls.mockProvider],
    ['Admin login', `${info.admin.email} / ${info.admin.password}`],
    ['Demo API key', info.keys.demo],
    ['Trial API key', info.keys.trial],
    [
      'Postgres',
      info.database.embedded
        ? `${redactUrl(info.database.url)} (embedded PGlite, data in ${info.database.dataDir})`
        : redactUrl(info.database.url),
    ],
    [
      'Redis',
      info.redis.singleNode
        ? 'none answered: SINGLE_NODE=true (per-process limits and cache)'
        : redactUrl(info.redis.url),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => (label ?? '').length));
  const checks = [
    `curl ${info.urls.gateway}/v1/chat/completions -H "Authorization: Bearer ${info.keys.demo}" ` +
      `-H "content-type: application/json" -d '{"model":"fast","messages":[{"role":"user","content":"Hello"}]}'`,
    `curl ${info.urls.gateway}/v1/models -H "Authorization: Bearer ${info.keys.demo}"`,
    `curl ${info.urls.gateway}/readyz`,
  ];
  const rule = '─'.repeat(72);
  return [
    rule,
    '  Gatehouse is running',
    '',
    ...rows.map(([label, value]) => `  ${(label ?? '').padEnd(width)}  ${value}`),
    '',
    '  Try it:',
    ...checks.map((check) => `  ${check}`),
    '',
    '  Ctrl-C stops everything.',
    rule,
  ].join('\n');
}
