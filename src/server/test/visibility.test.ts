import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.js';
import { testDialects } from './databases.js';
import { signUp, type Person } from './people.js';

/**
 * The visibility matrix (docs/ARCHITECTURE.md, "readers"): every read path × every kind of
 * viewer. A feature that adds a read path adds a row to READ_PATHS; the matrix does the rest.
 */
interface Fixture {
  subject: Person;
  subjectSessionIds: string[];
  subjectInviteId: string;
  subjectCoupleId: string;
}

interface ReadPath {
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
}

const READ_PATHS: ReadPath[] = [
  { name: 'me', method: 'GET', url: () => '/api/me' },
  { name: 'current couple', method: 'GET', url: () => '/api/couples/current' },
  { name: 'sessions', method: 'GET', url: () => '/api/sessions' },
  // Probes by id: another person's session or invite must look exactly like a missing one.
  { name: "end the subject's session", method: 'DELETE', url: (f) => `/api/sessions/${f.subjectSessionIds[0]}` },
  { name: "cancel the subject's invite", method: 'DELETE', url: (f) => `/api/couples/invites/${f.subjectInviteId}` },
  { name: 'key params of the subject', method: 'POST', url: () => '/api/auth/key-params', body: (f) => ({ email: f.subject.email }) },
];

type Viewer = 'partner' | 'stranger' | 'former partner';

const dialects = await testDialects();

describe.each(dialects)('visibility matrix on %s', (dialect) => {
  let t: TestApp;
  let fixture: Fixture;
  const viewers = new Map<Viewer, Person>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const subject = await signUp(t.app, 'Subject');
    const former = await signUp(t.app, 'Former');
    const partner = await signUp(t.app, 'Partner');
    const stranger = await signUp(t.app, 'Stranger');
    // The subject was paired with "Former", who left; then the subject paired with "Partner".
    await subject.client.startCouple();
    await former.client.join((await subject.client.createInvite()).token);
    await former.client.leave();
    await subject.client.startCouple();
    const pending = await subject.client.createInvite();
    const joinInvite = await subject.client.createInvite();
    await subject.client.revokeInvite(pending.id);
    await partner.client.join(joinInvite.token);
    await stranger.client.startCouple();
    const sessions = await subject.client.sessions();
    fixture = {
      subject,
      subjectSessionIds: sessions.map((s) => s.id),
      subjectInviteId: joinInvite.id,
      subjectCoupleId: (await subject.client.currentCouple())!.id,
    };
    viewers.set('partner', partner);
    viewers.set('stranger', stranger);
    viewers.set('former partner', former);
  });
  afterAll(() => t.close());

  /** What no one but the subject may ever receive. */
  const privateMarkers = (f: Fixture) => [
    f.subject.email,
    ...f.subjectSessionIds,
    f.subject.me.keys.masterKeyWrapped,
    f.subject.me.keys.encPrivateWrapped,
    f.subject.me.keys.signPrivateWrapped,
  ];
  /** What only the current partner may receive. */
  const partnerMarkers = (f: Fixture) => [f.subject.me.user.id, 'Subject', f.subject.me.keys.encPublicKey, f.subject.me.keys.signPublicKey, f.subjectCoupleId];

  for (const path of READ_PATHS) {
    for (const viewer of ['partner', 'stranger', 'former partner'] as const) {
      it(`${viewer} × ${path.name}`, async () => {
        const person = viewers.get(viewer)!;
        const res = await person.transport.raw(path.method, path.url(fixture), path.body?.(fixture));
        expect(res.status).toBeLessThan(500);
        for (const marker of privateMarkers(fixture)) expect(res.body, `private marker leaked to ${viewer}`).not.toContain(marker);
        if (viewer !== 'partner') {
          for (const marker of partnerMarkers(fixture)) expect(res.body, `subject leaked to ${viewer}`).not.toContain(marker);
        }
        if (path.method === 'DELETE') expect(res.status).toBe(404);
      });
    }
  }

  it('leaves the subject untouched by everyone else’s probes', async () => {
    const sessions = await fixture.subject.client.sessions();
    expect(sessions.map((s) => s.id).sort()).toEqual([...fixture.subjectSessionIds].sort());
    expect((await fixture.subject.client.currentCouple())!.partner!.displayName).toBe('Partner');
  });

  it('gives the subject their own private facts', async () => {
    const res = await fixture.subject.transport.raw('GET', '/api/me');
    for (const marker of [fixture.subject.email, fixture.subject.me.keys.masterKeyWrapped]) expect(res.body).toContain(marker);
  });
});
