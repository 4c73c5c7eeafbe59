// Shared browser set-up for the end-to-end suite and the benchmark: Debian's Chromium driven
// by playwright-core (never a downloaded browser), the release build served on 127.0.0.1,
// and per-page recorders for console errors, page errors and every request.
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

/** Chromium flags: root in CI needs --no-sandbox; the rest keep the closed network quiet. */
import { after, afterEach, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch headless Debian Chromium. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Serve the release build named by E2E_DIST (default "dist") under E2E_BASE (default "/").
 * Resolves to { url, origin, close() }.
 */
export async function serveBuild() {
  const server = await startServer({
    root: process.env.E2E_DIST || 'dist',
    base: process.env.E2E_BASE || '/',
  });
  return { ...server, origin: new URL(server.url).origin };
}

/**
 * Open a fresh context and page that record what goes wrong: console errors, uncaught page
 * errors, failed requests and requests to any origin other than `origin`.
 */
export async function newRecordedPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], requests: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(`${msg.text()} @ ${msg.location()?.url ?? ''}`);
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err?.stack || err)));
  page.on('request', (req) => {
    const url = req.url();
    log.requests.push(url);
    const { protocol } = new URL(url);
    const local = protocol === 'data:' || protocol === 'blob:' || new URL(url).origin === origin;
    if (!local) log.foreignRequests.push(url);
  });
  page.on('requestfailed', (req) => log.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) log.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  return { context, page, log };
}

/** Poll `probe` until it returns a truthy value or `timeout` ms pass; resolves to that value. */
export async function eventually(probe, { timeout = 5000, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Serve the build and launch Chromium once for the test file that calls this; the returned
 * object's `server` and `browser` are set before the first test runs.
 */
export function useServedBuild() {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await serveBuild();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Recorded pages for the tests of a file: `freshPage(options)` opens one in a context of its
 * own (nothing shared) and resolves to its session; each is closed and checked
 * (`closeAndCheck`) after its test.
 */
export function usePages(suite) {
  let sessions = [];
  beforeEach(() => {
    sessions = [];
  });
  afterEach(async () => {
    for (const session of sessions) await closeAndCheck(session);
  });
  return async function freshPage(options = {}) {
    const session = await newRecordedPage(suite.browser, suite.server.origin, options);
    sessions.push(session);
    return session;
  };
}

/**
 * Close a recorded session and fail on anything that went wrong in it: page errors, console
 * errors, failed requests (except those `expectedFailure` accepts) and requests to another
 * origin.
 */
export async function closeAndCheck({ log, context }, { expectedFailure = () => false } = {}) {
  await context.close();
  assert.deepEqual(log.pageErrors, [], 'page errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.failedRequests.filter((f) => !expectedFailure(f)), [], 'failed requests');
  assert.deepEqual(log.foreignRequests, [], 'requests to another origin');
}
