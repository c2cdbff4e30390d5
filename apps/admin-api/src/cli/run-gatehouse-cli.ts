import { readFile, writeFile } from 'node:fs/promises';
import {
  fillSecretPlaceholders,
  parseConfigYaml,
  stringifyConfigYaml,
  type ConfigIssue,
} from '@gatehouse/shared';
import { Command, CommanderError } from 'commander';
import { CliError, fetchExport, postApply, type ClientOptions } from './config-api-client.js';

export const DEFAULT_URL = 'http://127.0.0.1:3001';

/** What the CLI touches outside itself (the process, in production; fakes are possible). */
export type CliIo = {
  env: Readonly<Record<string, string | undefined>>;
  out: (text: string) => void;
  err: (text: string) => void;
  fetch?: typeof fetch;
};

type GlobalOptions = { url?: string; token?: string };

function clientOptions(io: CliIo, options: GlobalOptions): ClientOptions {
  const token = options.token ?? io.env.GATEHOUSE_TOKEN;
  if (token === undefined || token === '')
    throw new CliError('no access token: pass --token or set GATEHOUSE_TOKEN');
  const url = options.url ?? io.env.GATEHOUSE_URL ?? DEFAULT_URL;
  return { url, token, ...(io.fetch ? { fetch: io.fetch } : {}) };
}

function issuesError(file: string, issues: readonly ConfigIssue[]): CliError {
  const lines = issues.map(
    (i) => `${file}: document ${i.document}${i.path === '' ? '' : `, ${i.path}`}: ${i.message}`,
  );
  return new CliError(lines.join('\n'));
}

// The file is checked here first (same schema as the server), then secrets are filled from the
// environment: the server never sees a placeholder and the CLI never prints a secret.
async function prepareFile(io: CliIo, file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? ''}`);
  }
  const parsed = parseConfigYaml(text);
  if (!parsed.ok) throw issuesError(file, parsed.issues);
  const filled = fillSecretPlaceholders(parsed.documents, io.env);
  if (!filled.ok) throw issuesError(file, filled.issues);
  return stringifyConfigYaml(filled.documents);
}

function buildProgram(io: CliIo): Command {
  const program = new Command('gatehouse')
    .description('Gatehouse configuration as code')
    .option('--url <url>', `admin API base URL (env GATEHOUSE_URL, default ${DEFAULT_URL})`)
    .option('--token <token>', 'personal access token (env GATEHOUSE_TOKEN)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command('export')
    .description('print the whole configuration as multi-document YAML (no secrets)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (options: { output?: string }) => {
      const yaml = await fetchExport(clientOptions(io, program.opts<GlobalOptions>()));
      if (options.output === undefined) io.out(yaml);
      else {
        await writeFile(options.output, yaml);
        io.err(`wrote ${options.output}\n`);
      }
    });
  program
    .command('apply')
    .description('apply a YAML file: creates and updates (deletes with --prune)')
    .requiredOption('-f, --file <file>', 'the YAML file')
    .option('--dry-run', 'show the changes without applying them', false)
    .option('--prune', 'also delete what the file does not define', false)
    .action(async (options: { file: string; dryRun: boolean; prune: boolean }) => {
      const client = clientOptions(io, program.opts<GlobalOptions>());
      const yaml = await prepareFile(io, options.file);
      const result = await postApply(client, yaml, options);
      io.out(result.diff);
      if (!result.applied) io.out('dry run: nothing was applied\n');
    });
  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runGatehouseCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof CliError ? error.message : String(error);
    io.err(
      `${message
        .split('\n')
        .map((line) => `gatehouse: ${line}`)
        .join('\n')}\n`,
    );
    return 1;
  }
}
