// End-to-end tests of the engine's JavaScript API (issue 2) and of panic recovery (issue 6):
// window.wasmBindings.size answers plans and refuses bad ones without throwing, and a panic
// anywhere leaves a recoverable page with Reload and Start-over links.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
let session;
afterEach(async () => {
  if (session) await session.context.close();
  session = null;
});

describe('engine JavaScript API', () => {
  test('size() answers the default plan and refuses bad plans with an error object', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    await new SizerPage(session.page, suite.server.url).open();
    const answers = await session.page.evaluate(() => {
      const api = window.wasmBindings;
      const plan = api.defaultPlan();
      const report = api.size(plan);
      plan.zones[0].profiles[0].sessions = 1000;
      const bigger = api.size(plan);
      return {
        servers: report.web_app.total,
        capacity: report.web_app.capacity,
        bigger: bigger.web_app.total,
        negative: api.size({ agents: { cpus: -1 } }),
        garbage: api.size('not a plan'),
        wrongKind: api.size({ zones: [{ profiles: [{ sessions: '40' }] }] }),
        // Only the app's own API: no classes of dependencies (vendor/wasm-streams-unused).
        classes: Object.keys(api).filter((k) => /^[A-Z]/.test(k)),
        api: ['size', 'defaultPlan'].filter((k) => typeof api[k] === 'function'),
        partial: api.size({ zones: [{ name: 'Lab', profiles: [{ name: 'Chrome', sessions: 40 }] }] }).peak_sessions,
      };
    });
    assert.equal(answers.servers, 3); // WEB-4
    assert.equal(answers.capacity, 450);
    assert.equal(answers.bigger, 8); // ceil(1000 / 150) + 1
    assert.equal(answers.negative.error, true);
    assert.equal(answers.negative.errors[0].field, 'agents.cpus');
    assert.equal(answers.negative.errors[0].reason.kind, 'negative');
    assert.equal(answers.garbage.error, true);
    assert.equal(answers.garbage.errors[0].reason.kind, 'malformed');
    assert.equal(answers.garbage.errors[0].message, 'not a plan: expected an object');
    assert.equal(answers.wrongKind.errors[0].field, 'zones[0].profiles[0].sessions');
    assert.equal(answers.wrongKind.errors[0].reason.kind, 'malformed');
    assert.match(answers.wrongKind.errors[0].message, /invalid type: string "40"/);
    assert.equal(answers.partial, 40);
    assert.deepEqual(answers.classes, []);
    assert.deepEqual(answers.api, ['size', 'defaultPlan']);
    await closeAndCheck(session);
    session = null;
  });

  test('size() refuses 100 million zones by their length: no trap, no recovery box (regression)', async () => {
    // The bug: the plan reader reserved room for as many zones as JavaScript claimed, the
    // wasm trapped and the page showed its recovery box, though size() promises never to throw.
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = await new SizerPage(session.page, suite.server.url).open();
    const answer = await session.page.evaluate(() => {
      try {
        return window.wasmBindings.size({ zones: new Array(1e8) });
      } catch (err) {
        return { thrown: String(err) };
      }
    });
    assert.deepEqual(answer, {
      error: true,
      errors: [{ field: 'zones', reason: { kind: 'too_many', max: 100 }, message: 'at most 100 zones' }],
    });
    // The page still works and shows no recovery box.
    assert.equal(await session.page.getByTestId('panic-notice').count(), 0);
    assert.equal(await sizer.count('webapp-servers'), 3);
    await closeAndCheck(session);
    session = null;
  });
});

describe('panic recovery', () => {
  test('a panic shows a recovery box whose links reload the plan or start over', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = await new SizerPage(session.page, `${suite.server.url}?v=2&sessions=1000`).open();
    assert.equal(await sizer.count('webapp-servers'), 8);
    const thrown = await session.page.evaluate(() => {
      try {
        window.wasmBindings.simulatePanic();
        return null;
      } catch (err) {
        return String(err);
      }
    });
    assert.ok(thrown, 'the trap reaches JavaScript as an exception');
    const box = session.page.getByTestId('panic-notice');
    await box.waitFor();
    assert.equal(await box.getAttribute('role'), 'alert');
    assert.match(await box.textContent(), /internal error/);
    assert.ok((await session.page.getByTestId('panic-reload').getAttribute('href')).endsWith('?v=2&sessions=1000'));
    // The console got the panic message, and nothing else went wrong.
    assert.ok(session.log.consoleErrors.some((e) => e.includes('simulated panic')), 'panic logged');
    assert.deepEqual(session.log.pageErrors, []);
    await session.page.getByTestId('panic-reload').click();
    await eventually(async () => (await sizer.count('webapp-servers')) === 8, { what: 'the plan to come back' });
    assert.equal(await session.page.getByTestId('panic-notice').count(), 0);
    await session.page.evaluate(() => {
      try {
        window.wasmBindings.simulatePanic();
      } catch {
        /* expected */
      }
    });
    await session.page.getByTestId('panic-reset').click();
    await eventually(async () => (await sizer.count('webapp-servers')) === 3, { what: 'the default plan' });
    assert.ok(['', '?v=2'].includes(new URL(session.page.url()).search), 'the bare page');
  });
});
