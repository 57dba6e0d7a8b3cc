// `npm run stack`: a stack trace as the Lambda logged it, mapped back to the TypeScript.
//
//   npm run stack < pasted.txt              # from stdin: a raw stack, or log lines holding one
//   npm run stack -- cloudwatch-export.txt  # from a file
//   npm run stack -- --dir other/build pasted.txt   # maps of another build than dist/lambda
//
// The input may be the stack itself, or log lines that hold it: the skill's own JSON lines
// (`"stack": ["Error: …", "    at …"]`), Lambda's `{"errorType", "stack": [...]}`, or any text
// whose newlines were escaped as `\n`. Frames in the bundle's files are rewritten through the
// source maps beside them (dist/lambda/*.js.map, written by `npm run build`); every other line
// is printed as it came. The maps must come from the same build as the code that logged.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each JSON string (or array of strings) found in a log line that looks like a stack. */
function stacksInJson(value, found = []) {
  if (typeof value === 'string') {
    if (/\n\s*at /.test(value)) found.push(value);
  } else if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    if (value.some((item) => /^\s*at /.test(item))) found.push(value.join('\n'));
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) stacksInJson(child, found);
  }
  return found;
}

function parseJsonIn(line) {
  const start = line.indexOf('{');
  const end = line.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(line.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/** The input as plain stack text: JSON log lines opened up, escaped newlines turned back. */
export function stackText(input) {
  const out = [];
  for (const line of input.split(/\r?\n/)) {
    const json = parseJsonIn(line);
    const stacks = json === undefined ? [] : stacksInJson(json);
    if (stacks.length > 0) out.push(...stacks);
    else if (/\\n\s*at /.test(line)) out.push(line.replace(/\\n/g, '\n').replace(/\\"/g, '"'));
    else out.push(line);
  }
  return out.join('\n');
}

// "    at name (/var/task/index.js:1:2345)", "    at async name (…)", "    at /var/task/index.js:1:2345"
const FRAME = /^(\s*at\s+)(?:(.+?)\s+\()?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)(\)?)\s*$/;

/** Maps frames through the `*.js.map` files in `mapDir`; positions print relative to `relativeTo`. */
export function createStackMapper(mapDir, relativeTo = process.cwd()) {
  const maps = new Map();
  const mapFor = (file) => {
    const name = path.basename(file.replace(/^file:\/\//, ''));
    if (!maps.has(name)) {
      const mapFile = path.join(mapDir, `${name}.map`);
      maps.set(name, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8'), mapFile) : undefined);
    }
    return maps.get(name);
  };
  const mapLine = (line) => {
    const frame = FRAME.exec(line);
    if (!frame) return line;
    const [, lead, name, file, lineNumber, column] = frame;
    const map = mapFor(file);
    if (!map) return line;
    const original = originalPositionFor(map, { line: Number(lineNumber), column: Number(column) - 1 });
    if (original.source === null) return line;
    const source = path.relative(relativeTo, fileURLToPath(new URL(original.source, `file://${path.join(mapDir, '/')}`)));
    const location = `${source.split(path.sep).join('/')}:${original.line}:${original.column + 1}`;
    const functionName = name ?? original.name;
    return functionName ? `${lead}${functionName} (${location})` : `${lead}${location}`;
  };
  return (input) => stackText(input).split('\n').map(mapLine).join('\n');
}

async function main(args) {
  let mapDir = path.join(projectRoot, 'dist', 'lambda');
  const files = [];
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--dir') mapDir = path.resolve(args[++index] ?? '');
    else files.push(args[index]);
  }
  if (!existsSync(path.join(mapDir, 'index.js.map'))) {
    console.error(`No source maps in ${mapDir}: run npm run build (of the same code that logged the stack) first.`);
    process.exit(2);
  }
  let input = '';
  if (files.length > 0) input = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  else for await (const chunk of process.stdin) input += chunk;
  process.stdout.write(`${createStackMapper(mapDir, projectRoot)(input).trimEnd()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
