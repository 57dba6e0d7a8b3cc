import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';

const projectRoot = join(__dirname, '..', '..');
const SPAWN_TIMEOUT_MS = 30_000;

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm start`'s command as a new user would, with piped stdin; `extraEnv` as if typed before `npm start`. */
function runCli(args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const env = { ...process.env };
  delete env.PORT;
  delete env.ACCOUNT_LINKING;
  delete env.SKILL_ID;
  delete env.PROVIDER;
  delete env.LOG_LEVEL;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(join(projectRoot, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', 'src/local/cli.ts', ...args], {
      cwd: projectRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm start (the local dialog CLI)', () => {
  it(
    'answers --say "what\'s on rock and roll" with the playlist and its song count',
    async () => {
      const { code, stdout } = await runCli(['--say', "what's on rock and roll"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Alexa: Rock & Roll has 8 songs\./m);
      expect(stdout).toMatch(/^Reprompt: /m);
      expect(stdout).toMatch(/^Card: Playlist Reader — Rock & Roll has 8 songs/m);
      expect(stdout).toMatch(/^Session: open$/m);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'shows the LinkAccount card to an unlinked user',
    async () => {
      const { code, stdout } = await runCli(['--unlinked', '--say', 'list my playlists']);
      expect(code).toBe(0);
      expect(stdout).toContain('Card: Link account — open the Alexa app to link your account');
      expect(stdout).toMatch(/^Session: ended$/m);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'welcomes an unlinked user when linking is optional',
    async () => {
      const { code, stdout } = await runCli(['--linking', 'optional', '--unlinked', '--say', 'open playlist reader']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Alexa: Welcome to Playlist Reader\./m);
      expect(stdout).toMatch(/^Session: open$/m);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'keeps the session between piped lines, and exits 0 at the end of input',
    async () => {
      const { code, stdout } = await runCli(['--repl'], 'list my playlists\nmore\nstop\n');
      expect(code).toBe(0);
      expect(stdout).toContain("Type 'exit' to quit");
      const turns = stdout.split(/^You: /m).slice(1);
      expect(turns.map((turn) => turn.split('\n')[0])).toEqual(['list my playlists', 'more', 'stop']);
      expect(turns[0]).toContain('The first 5 are: Rock & Roll');
      expect(turns[0]).toContain('Session: open');
      expect(turns[1]).toContain('Next: Road Trip, Road Trip 2019');
      expect(turns[1]).toContain('Session: open');
      expect(turns[2]).toContain('Alexa: Goodbye.');
      expect(turns[2]).toContain('Session: ended');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'stops at "exit"',
    async () => {
      const { code, stdout } = await runCli(['--repl'], 'help\nexit\nlist my playlists\n');
      expect(code).toBe(0);
      expect(stdout).toContain('You: help');
      expect(stdout).not.toContain('You: list my playlists');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'rejects a bad --linking with exit code 2, naming the flag',
    async () => {
      const { code, stdout, stderr } = await runCli(['--linking', 'sometimes', '--say', 'help']);
      expect(code).toBe(2);
      expect(stderr).toContain('--linking');
      expect(stderr).toContain('sometimes');
      expect(stdout).toBe('');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'answers in German with --locale de-DE, understanding the de-DE interaction model',
    async () => {
      const { code, stdout } = await runCli(['--locale', 'de-DE', '--say', 'was ist auf rock and roll']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Alexa: Rock & Roll hat 8 Songs\. Es beginnt mit: Johnny B\. Goode von Chuck Berry/m);
      expect(stdout).toMatch(/^Card: Playlist Leser — /m);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'talks German in the REPL too, with the German built-ins',
    async () => {
      const { code, stdout } = await runCli(['--locale', 'de-DE', '--repl'], 'nenne meine playlists\nweiter\nhilfe\nstopp\n');
      expect(code).toBe(0);
      expect(stdout).toContain('Locale: de-DE');
      const turns = stdout.split(/^You: /m).slice(1);
      expect(turns[0]).toContain(`Alexa: Du hast ${SAMPLE_PLAYLISTS.length} Playlists. Die ersten 5 sind: Rock & Roll`);
      expect(turns[1]).toContain('Alexa: Weiter: Road Trip, Road Trip 2019');
      expect(turns[2]).toContain('Alexa: Ich lese deine Spotify Playlists vor.');
      expect(turns[3]).toContain('Alexa: Tschüss.');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'rejects an unsupported --locale with exit code 2, listing the supported ones',
    async () => {
      const { code, stdout, stderr } = await runCli(['--locale', 'fr-FR', '--say', 'bonjour']);
      expect(code).toBe(2);
      expect(stderr).toContain('--locale: expected one of en-US, en-GB, de-DE, got "fr-FR"');
      expect(stdout).toBe('');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'with PROVIDER=youtube, lists the demo library through the demo YouTube API',
    async () => {
      const { code, stdout } = await runCli(['--say', 'list my playlists'], '', { PROVIDER: 'youtube' });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Provider: demo YouTube at http:\/\/127\.0\.0\.1:\d+\/youtube\/v3$/m);
      expect(stdout).toMatch(new RegExp(`^Alexa: You have ${SAMPLE_PLAYLISTS.length} playlists\\. The first 5 are: Rock & Roll`, 'm'));
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'with --screen, says which APL document the response carried',
    async () => {
      const { code, stdout } = await runCli(['--screen', '--say', 'list my playlists']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^APL: playlistList \(5 items\)/m);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'prints no APL line for a voice-only device, and no request log lines',
    async () => {
      const { code, stdout } = await runCli(['--say', 'list my playlists']);
      expect(code).toBe(0);
      expect(stdout).not.toContain('APL:');
      expect(stdout).not.toContain('"event"');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses --insecure-local outside the server',
    async () => {
      const { code, stderr } = await runCli(['--insecure-local', '--say', 'help']);
      expect(code).toBe(2);
      expect(stderr).toContain('--insecure-local');
    },
    SPAWN_TIMEOUT_MS,
  );
});

/** Starts `npm start`'s command with no --say, waits for its URLs, and stops it with SIGTERM. */
function startServer(
  args: string[] = [],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ stdout: string; stderr: string; stop: () => Promise<number | null> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  delete env.ACCOUNT_LINKING;
  delete env.PROVIDER;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(join(projectRoot, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', 'src/local/cli.ts', ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('Ctrl+C')) {
        resolve({
          stdout,
          get stderr() {
            return stderr;
          },
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.on('error', reject);
    // `exited` never rejects; after a resolve above, this reject changes nothing.
    void exited.then((code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
  });
}

describe('npm start (the local Alexa server)', () => {
  it(
    'listens on 127.0.0.1, prints its URLs, serves the console, and stops cleanly',
    async () => {
      const server = await startServer();
      try {
        const consoleUrl = /^Console:\s+(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(server.stdout)?.[1];
        expect(consoleUrl).toBeDefined();
        expect(server.stdout).toMatch(/^Alexa endpoint: http:\/\/127\.0\.0\.1:\d+\/alexa \(POST; signature and timestamp verified\)$/m);
        expect(server.stdout).toMatch(/^Demo provider:\s+http:\/\/127\.0\.0\.1:\d+/m);
        const page = await fetch(consoleUrl!);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Playlist Reader');
      } finally {
        expect(await server.stop()).toBe(0);
      }
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'names the provider PROVIDER chose, and the locale',
    async () => {
      const server = await startServer(['--locale', 'de-DE'], { PROVIDER: 'youtube' });
      try {
        expect(server.stdout).toMatch(
          /^Provider:\s+YouTube \(PROVIDER=youtube\); the console talks to http:\/\/127\.0\.0\.1:\d+\/youtube\/v3$/m,
        );
        expect(server.stdout).toMatch(/^Locale:\s+de-DE/m);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'warns when --insecure-local turns verification off',
    async () => {
      const server = await startServer(['--insecure-local']);
      try {
        expect(server.stdout).toContain('NOT verified');
        expect(server.stderr).toContain('WARNING: --insecure-local');
      } finally {
        await server.stop();
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});
