const MAX_NAME = 200;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A migration folder name as `prisma migrate dev` makes it: the UTC time as YYYYMMDDHHMMSS, an
 * underscore, and the name reduced to lowercase letters, digits and single underscores.
 */
export function formatMigrationName(now: Date, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_NAME);
  if (!slug) throw new Error(`A migration needs a name with letters or digits (got "${name}")`);
  const stamp =
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `${stamp}_${slug}`;
}
