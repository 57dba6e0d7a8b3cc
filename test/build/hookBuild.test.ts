import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FILES, projectRoot } from './builtBundle';

// Runs hooks/build.sh the way `ask deploy` does: from a throwaway copy of the
// code folder, with the zip path and debug flag as arguments.

const hook = join(projectRoot, 'hooks', 'build.sh');

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const PYTHON_ZIP = 'import sys, zipfile';

function listZipEntries(zipPath: string): string[] {
  const output = hasCommand('unzip')
    ? execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' })
    : execFileSync('python3', ['-c', `${PYTHON_ZIP}; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))`, zipPath], {
        encoding: 'utf8',
      });
  return output.split('\n').filter((line) => line.length > 0);
}

function extractZip(zipPath: string, destination: string): void {
  if (hasCommand('unzip')) {
    execFileSync('unzip', ['-q', '-o', zipPath, '-d', destination]);
  } else {
    execFileSync('python3', ['-c', `${PYTHON_ZIP}; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])`, zipPath, destination]);
  }
}

describe('hooks/build.sh, as ask deploy runs it', () => {
  let workDir: string;
  let codeCopy: string;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'playlist-reader-hook-'));
    codeCopy = join(workDir, 'code');
    cpSync(join(projectRoot, 'src'), codeCopy, { recursive: true });
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('is executable, since the CLI calls it by path', () => {
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('writes a zip that holds dist/lambda at its root, which runs with no node_modules beside it', () => {
    const zipPath = join(workDir, 'out', 'out.zip');

    execFileSync('bash', [hook, zipPath, 'false'], { cwd: codeCopy, stdio: 'pipe' });

    expect(existsSync(zipPath)).toBe(true);
    expect(listZipEntries(zipPath).sort()).toEqual(BUNDLE_FILES);

    const lambdaDir = join(workDir, 'lambda');
    mkdirSync(lambdaDir);
    extractZip(zipPath, lambdaDir);
    for (const file of BUNDLE_FILES) {
      expect(readFileSync(join(lambdaDir, file)).equals(readFileSync(join(projectRoot, 'dist', 'lambda', file)))).toBe(true);
    }
    const loaded = execFileSync(process.execPath, ['-e', "process.stdout.write(typeof require('./index.js').handler)"], {
      cwd: lambdaDir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(loaded).toBe('function');
    expect(readFileSync(join(lambdaDir, 'THIRD_PARTY_NOTICES.txt'), 'utf8')).toMatch(/^axios \d/m);
  }, 60_000);

  it('zips with python3 where zip is not installed', () => {
    // A PATH with just what the hook and npm need, and no zip on it.
    const bin = join(workDir, 'bin-without-zip');
    mkdirSync(bin);
    const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    symlinkSync(python, join(bin, 'python3'));
    for (const command of ['bash', 'sh', 'env', 'node', 'npm', 'dirname', 'mkdir', 'rm']) {
      symlinkSync(execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim(), join(bin, command));
    }
    const zipPath = join(workDir, 'python.zip');

    execFileSync(join(bin, 'bash'), [hook, zipPath, 'false'], { cwd: codeCopy, stdio: 'pipe', env: { ...process.env, PATH: bin } });

    expect(listZipEntries(zipPath).sort()).toEqual(BUNDLE_FILES);
  }, 60_000);

  it('resolves a relative zip path against the directory it was called from', () => {
    execFileSync('bash', [hook, 'relative.zip', 'false'], { cwd: codeCopy, stdio: 'pipe' });

    expect(listZipEntries(join(codeCopy, 'relative.zip')).sort()).toEqual(BUNDLE_FILES);
  }, 60_000);
});
