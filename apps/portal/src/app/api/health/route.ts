export const dynamic = 'force-dynamic';

/** Liveness for the portal process. */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
