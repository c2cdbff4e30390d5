// Next calls register() once when a server instance starts: validate the env there so a bad
// value fails the boot instead of the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { assertPortalEnvOrExit } = await import('./server/portal-env');
  assertPortalEnvOrExit();
}
