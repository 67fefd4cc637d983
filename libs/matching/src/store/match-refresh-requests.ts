import { Injectable } from '@nestjs/common';
import { MatchSubject } from '@hc/matching-feedback';

export type RefreshSender = (subjects: readonly MatchSubject[]) => Promise<void>;

/**
 * How the suggestion services ask for a subject's ranking to be computed in the background, without
 * depending on the queue (whose jobs depend on the services). `MatchJobs` attaches itself while it runs;
 * otherwise a request does nothing. Requests never fail the caller: the sender logs its own errors.
 */
@Injectable()
export class MatchRefreshRequests {
  private sender?: RefreshSender;
  private readonly pending = new Set<Promise<void>>();

  attach(sender: RefreshSender): void {
    this.sender = sender;
  }

  detach(sender: RefreshSender): void {
    if (this.sender === sender) this.sender = undefined;
  }

  /** Whether a queue takes requests right now. */
  get attached(): boolean {
    return this.sender !== undefined;
  }

  /** Asks for a background computation; returns at once. */
  request(subject: MatchSubject): void {
    if (!this.sender) return;
    const sent: Promise<void> = this.sender([subject])
      .catch(() => undefined)
      .finally(() => this.pending.delete(sent));
    this.pending.add(sent);
  }

  /** Resolves when every request asked for so far has reached the queue (or failed and was logged). */
  async sent(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
