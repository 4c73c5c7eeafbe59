// Security (issue 6): the page's Content-Security-Policy allows only its own origin plus
// wasm compilation, the app runs under it without a single violation, and a script injected
// into the page is refused.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const VIOLATIONS_PROBE = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));`;

const suite = useServedBuild();
let session;
let sizer;
beforeEach(async () => {
  session = await newRecordedPage(suite.browser, suite.server.origin);
  await session.context.addInitScript(VIOLATIONS_PROBE);
  sizer = new SizerPage(session.page, suite.server.url);
});
afterEach(() => closeAndCheck(session, { expectedFailure: (f) => f.startsWith('https://example.invalid/') }));

/** The policy in the page's CSP <meta>, as a map of directive -> sources. */
async function policy(page) {
  const text = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(text, 'the page has a Content-Security-Policy');
  return Object.fromEntries(
    text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]),
  );
}

describe('security', () => {
  test('the CSP allows only this origin (plus wasm) and the app runs under it without violations', async () => {
    await sizer.open();
    const csp = await policy(session.page);
    assert.deepEqual(csp['default-src'], ["'self'"]);
    assert.ok(csp['script-src'].includes("'wasm-unsafe-eval'"));
    for (const [directive, sources] of Object.entries(csp)) {
      for (const s of sources) {
        assert.ok(
          s === "'self'" || s === "'none'" || s === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s),
          `${directive} allows only this origin, not ${s}`,
        );
      }
    }
    await sizer.typePeakSessions('1000');
    await sizer.waitForFigure('webapp-servers', (t) => /^\D*8\b/.test(t));
    assert.deepEqual(await session.page.evaluate(() => window.__cspViolations), []);
  });

  test('a script injected into the page is refused by the CSP', async () => {
    await sizer.open();
    const ran = await session.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 100));
      return window.__injected === true;
    });
    assert.equal(ran, false, 'the injected inline script did not run');
    const violations = await session.page.evaluate(() => window.__cspViolations);
    assert.ok(violations.some((v) => v.startsWith('script-src')), `script blocked: ${violations}`);
    assert.ok(violations.some((v) => v.startsWith('img-src') || v.startsWith('default-src')), `image blocked: ${violations}`);
    // The recorder saw the foreign request, and the browser never completed it.
    const foreign = 'https://example.invalid/pixel.png';
    assert.deepEqual(session.log.foreignRequests, [foreign]);
    assert.ok(session.log.failedRequests.some((f) => f.startsWith(foreign)), 'the image request failed');
    // These refusals are expected; anything else recorded still fails the test.
    session.log.foreignRequests = [];
    session.log.consoleErrors = session.log.consoleErrors.filter((e) => !/Content Security Policy/i.test(e));
  });
});
