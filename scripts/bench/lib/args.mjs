// Command-line options of the bench scripts: `--name value` or `--name=value`; bare `--flag` is true.
export function parseArgs(argv = process.argv.slice(2)) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument: ${arg}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) options[name] = argv[++i];
    else options[name] = true;
  }
  return options;
}

export const log = (tag) => (message) => console.log(`[${tag}] ${message}`);

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
