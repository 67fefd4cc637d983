import { Presets, SingleBar } from 'cli-progress';

/**
 * The progress bar of `reindex` on stderr: documents done / total, rate and ETA.
 * Drawn only on a terminal; in a pipe or a log file it stays silent and the summary line tells all.
 */
export class ReindexProgress {
  private bar?: SingleBar;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number, total: number): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const payload = { rate: Math.round(done / seconds) };
    if (!this.bar) {
      this.bar = new SingleBar(
        {
          stream: this.stream,
          format: 'Reindexing |{bar}| {percentage}% | {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}',
          etaBuffer: 20,
          hideCursor: false,
        },
        Presets.shades_classic,
      );
      this.bar.start(Math.max(total, done), done, payload);
      return;
    }
    // Companies published while the rebuild streams can push the count past the first total.
    if (done > this.bar.getTotal()) this.bar.setTotal(done);
    this.bar.update(done, payload);
  }

  stop(): void {
    this.bar?.stop();
  }
}
