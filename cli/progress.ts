/**
 * Progress on stderr for large files (issue 2): a live line on a terminal, a line per 10 % when
 * stderr is a file or a pipe. Silent for small files so scripted output stays clean.
 */
export interface Progress {
  phase(name: string): void;
  update(phase: string, done: number, total: number): void;
  done(): void;
}

/** `unit`: what is counted (行 for sheet rows, 张 for photos). */
export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr, unit = '行'): Progress {
  if (!enabled) return { phase: () => undefined, update: () => undefined, done: () => undefined };
  const tty = stream.isTTY === true;
  let lastDecile = -1;
  let live = false;
  return {
    phase(name) {
      lastDecile = -1;
      if (tty) {
        stream.write(`\r\x1b[K${name}…`);
        live = true;
      } else stream.write(`${name}…\n`);
    },
    update(phase, done, total) {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      if (tty) {
        stream.write(`\r\x1b[K${phase} ${done}/${total} ${unit}（${pct}%）`);
        live = true;
        return;
      }
      const decile = Math.floor(pct / 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${phase} ${pct}%\n`);
      }
    },
    done() {
      if (tty && live) stream.write('\r\x1b[K');
      live = false;
    },
  };
}
