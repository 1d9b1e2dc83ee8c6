/** A progress bar on a terminal; silence elsewhere (CI logs, pipes). */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function createProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingesting [{bar}] {value}/{total} {file}', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick(label) {
      bar.increment(1, { file: label.split('/').pop() ?? label });
    },
    stop() {
      bar.stop();
    },
  };
}
