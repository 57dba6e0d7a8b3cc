import fs from 'node:fs';

/**
 * Captures the JSON lines the skill's logger writes straight to file descriptors 1 and 2 (writes to
 * any other descriptor go through). `lines()` parses them; `restore()` ends the capture.
 */
export function captureLogLines(): { raw: () => string[]; lines: () => Record<string, unknown>[]; restore: () => void } {
  const written: string[] = [];
  const original = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  const spy = jest
    .spyOn(fs, 'writeSync')
    .mockImplementation((fd: number, data: Uint8Array | string, offset?: number | null, ...rest: unknown[]) => {
      if (fd !== 1 && fd !== 2) return original(fd, data, offset, ...rest);
      const text = Buffer.from(typeof data === 'string' ? data : data.subarray(offset ?? 0)).toString();
      written.push(text);
      return Buffer.byteLength(text);
    });
  const raw = () => written.flatMap((chunk) => chunk.split('\n')).filter((line) => line.startsWith('{'));
  return {
    raw,
    lines: () => raw().map((line) => JSON.parse(line) as Record<string, unknown>),
    restore: () => spy.mockRestore(),
  };
}
