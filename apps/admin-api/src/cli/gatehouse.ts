// The `gatehouse` command (bin/gatehouse.mjs runs this file's build): config export and apply.
import { runGatehouseCli } from './run-gatehouse-cli.js';

const code = await runGatehouseCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
