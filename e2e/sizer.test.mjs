// End-to-end tests of the release build (issue 3), in Debian Chromium on 127.0.0.1.
// Every test also proves: no console errors, no page errors, no failed requests and no
// request to another origin (issue 6, privacy).
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { FIGURES, SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
let session;
let sizer;

beforeEach(async () => {
  session = await newRecordedPage(suite.browser, suite.server.origin);
  sizer = new SizerPage(session.page, suite.server.url);
});

afterEach(async () => {
  await closeAndCheck(session);
  const { requests } = session.log;
  assert.ok(requests.length > 0, 'the page made its own requests');
  // Hosted under a sub-path (GitHub Pages), every asset must come from under that path.
  const outside = requests.filter((u) => /^https?:/.test(u) && !new URL(u).pathname.startsWith(suite.server.base));
  assert.deepEqual(outside, [], `requests outside ${suite.server.base}`);
});

describe(`sizing calculator served at ${process.env.E2E_BASE || '/'}`, () => {
  test('first load shows the worked example: 3 web app servers and every figure', async () => {
    await sizer.open();
    assert.equal(await sizer.count('webapp-servers'), 3);
    for (const id of FIGURES) {
      assert.notEqual(await sizer.text(id), '', `${id} shows a figure`);
    }
    assert.equal(await sizer.fieldErrors.count(), 0, 'no field errors on the default plan');
    assert.equal(await sizer.staleNotice.isVisible(), false, 'results are not stale');
    assert.match(await session.page.title(), /\S/, 'the page has a title');
  });

  test('typing 1000 into Peak concurrent sessions updates the figures', async () => {
    await sizer.open();
    const before = await sizer.figures();
    await sizer.typePeakSessions('1000');
    assert.equal(await sizer.peakSessions.inputValue(), '1000');
    // WEB-1: one web app server per 150 sessions, plus one for redundancy: ceil(1000/150)+1.
    await sizer.waitForFigure('webapp-servers', (t) => /^\D*8\b/.test(t));
    assert.equal(await sizer.count('webapp-servers'), Math.ceil(1000 / 150) + 1);
    const after = await sizer.figures();
    assert.notEqual(after['agent-servers'], before['agent-servers'], 'agent count follows demand');
    assert.ok(
      (await sizer.count('total-servers')) > (await sizer.count('webapp-servers')),
      'the total counts every role',
    );
    assert.equal(await sizer.fieldErrors.count(), 0);
    assert.equal(await sizer.staleNotice.isVisible(), false);
  });

  for (const [name, value] of [
    ['letters', 'abc'],
    ['a negative number', '-5'],
    ['an empty field', ''],
  ]) {
    test(`bad input (${name}) shows its message and keeps the last results`, async () => {
      await sizer.open();
      const good = await sizer.figures();
      await sizer.typePeakSessions(value);
      await sizer.fieldErrors.first().waitFor({ state: 'visible', timeout: 5000 });
      const message = (await sizer.fieldErrors.first().textContent()).trim();
      assert.notEqual(message, '', 'the message says what is wrong');
      await sizer.staleNotice.waitFor({ state: 'visible', timeout: 5000 });
      assert.deepEqual(await sizer.figures(), good, 'the last valid results stay on screen');

      // Correcting the field clears the message and the stale mark.
      await sizer.typePeakSessions('1000');
      await sizer.waitForFigure('webapp-servers', (t) => /^\D*8\b/.test(t));
      await eventually(async () => (await sizer.fieldErrors.count()) === 0, { what: 'errors to clear' });
      assert.equal(await sizer.staleNotice.isVisible(), false);
    });
  }
});
