import { SubjectKind } from '@hc/identity';
import { MatchRefreshRequests } from './match-refresh-requests';

describe('MatchRefreshRequests', () => {
  const park = { kind: SubjectKind.PARK, id: '00000000-0000-4000-8000-000000000001' };

  it('does nothing while no queue is attached', async () => {
    const requests = new MatchRefreshRequests();
    requests.request(park);
    expect(requests.attached).toBe(false);
    await expect(requests.sent()).resolves.toBeUndefined();
  });

  it('returns at once, and sent() waits until the queue has the request', async () => {
    const requests = new MatchRefreshRequests();
    const queued: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    requests.attach(async (subjects) => {
      await gate;
      queued.push(...subjects.map((s) => s.id));
    });
    requests.request(park);
    expect(queued).toEqual([]);
    let done = false;
    const sent = requests.sent().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await sent;
    expect(queued).toEqual([park.id]);
  });

  it('a failing sender never fails the caller or sent()', async () => {
    const requests = new MatchRefreshRequests();
    requests.attach(() => Promise.reject(new Error('queue down')));
    expect(() => requests.request(park)).not.toThrow();
    await expect(requests.sent()).resolves.toBeUndefined();
  });
});
