import { z } from 'zod';

/** A failure the CLI reports as one line and exit code 1. */
export class CliError extends Error {}

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), param: z.string().optional() }),
});

export const applyResultSchema = z.object({
  changes: z.array(z.object({ action: z.string(), kind: z.string(), name: z.string() })),
  diff: z.string(),
  applied: z.boolean(),
});
export type ApplyResult = z.infer<typeof applyResultSchema>;

export type ClientOptions = { url: string; token: string; fetch?: typeof fetch };

async function request(options: ClientOptions, path: string, init: RequestInit): Promise<Response> {
  const url = new URL(path, options.url.endsWith('/') ? options.url : `${options.url}/`);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      ...init,
      headers: { authorization: `Bearer ${options.token}`, ...(init.headers ?? {}) },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliError(`cannot reach ${options.url}: ${detail}`);
  }
  if (response.ok) return response;
  const text = await response.text();
  const parsed = errorBodySchema.safeParse(safeJson(text));
  if (!parsed.success) throw new CliError(`HTTP ${response.status} from ${url.pathname}`);
  const { code, message } = parsed.data.error;
  throw new CliError(`${response.status} ${code}: ${message}`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `GET /api/v1/config/export` → the YAML text. */
export async function fetchExport(options: ClientOptions): Promise<string> {
  const response = await request(options, 'api/v1/config/export', { method: 'GET' });
  return response.text();
}

/** `POST /api/v1/config/apply` with the YAML body. */
export async function postApply(
  options: ClientOptions,
  yaml: string,
  flags: { dryRun: boolean; prune: boolean },
): Promise<ApplyResult> {
  const query = `?dryRun=${flags.dryRun}&prune=${flags.prune}`;
  const response = await request(options, `api/v1/config/apply${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/yaml' },
    body: yaml,
  });
  const parsed = applyResultSchema.safeParse(await response.json());
  if (!parsed.success) throw new CliError('unexpected response from the apply endpoint');
  return parsed.data;
}
