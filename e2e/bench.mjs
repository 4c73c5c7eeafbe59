// Browser timings of the release build (issues 6 and 13), in headless Debian Chromium on
// 127.0.0.1, each printed with its target and MET / MISSED:
//  - first result on a phone over a slow network: navigation -> first result shown with
//    Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU
//    slowed 4x, a phone's viewport), the build served gzip-compressed as GitHub Pages serves
//    it, cache disabled: median of 5 cold loads, target 2.5 s;
//  - the same on this machine with nothing throttled, uncompressed: median of 10 fresh
//    loads (for information);
//  - keystroke in Peak concurrent sessions -> every result and chart updated and laid out:
//    median and p95 over the first 120 edits on a fresh page once it has finished loading
//    (IDLE_MS after its first result, as a person needs that long to reach the field),
//    measured inside the page with performance.now(). The same edits started at once after
//    the first result, while the page still finishes loading, are shown for information;
//  - the stress plan (1,000 workspaces, 50 zones, 10 million sessions) opened from its link:
//    the longest task from navigation until the results are shown, 3 fresh loads, target:
//    none over 200 ms.
// "First result" is the web app server count showing a figure (FIRST_RESULT_PROBE).
// The keystrokes are measured first, in a browser that has done nothing else yet: the
// renderers of closed pages wind down for a while and would share the two cores.
// Prints figures, not a pass/fail test. Usage: node e2e/bench.mjs [dist] [--json]
import { launchBrowser } from './support/browser.mjs';
import { startServer } from './serve.mjs';
import { stressQuery } from './support/stress-plan.mjs';

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const LOADS = 10;
// A page's first second is still busy (the first paint, V8 compiling what ran at load); see
// docs/ui.md "Keystroke cost".
const IDLE_MS = 1000;
const EDITS = 120;
const STRESS_LOADS = 3;
const PHONE_LOADS = 5;
// Lighthouse's mobile throttling, in its own units: round trip (ms), throughput (kbit/s of
// 1,024 bits, so 1.6 Mbit/s is 1.6 x 1024) and the CPU slowdown of a mid-range phone.
const PHONE = { rttMs: 150, downKbps: 1.6 * 1024, upKbps: 750, cpuSlowdown: 4 };
// Lighthouse's mobile screen (Moto G Power).
const PHONE_SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
// What a person feels (issue 13): the first figure within 2.5 s on such a phone, every
// keystroke's update within 8 ms (p95), no task over 200 ms while a big plan opens.
const TARGET = { phoneFirstResultMs: 2500, keystrokeP95Ms: 8, stressLongestTaskMs: 200 };

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
}

// Runs in the page before any of its scripts: note when the first result has text.
const FIRST_RESULT_PROBE = `(() => {
  const check = () => {
    const el = document.querySelector('[data-testid="webapp-servers"]');
    if (el && el.textContent.trim() !== '' && window.__firstResultMs === undefined) {
      window.__firstResultMs = performance.now();
      obs.disconnect();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

// Runs in the page: edit the peak sessions input like a keystroke does (new value + input
// event), then wait until the web app count and the growth chart's "today" label show the
// new figures, and force style and layout: the time covers the handler, every reactive
// update and the layout of the changed page. The updates run as microtasks, so the wait
// checks after each one (a task hop would let the browser slip in a frame at random, half
// of the edits carrying a paint and half not); it falls back to tasks for updates that are
// deferred to a task (big plans). Then it waits for the next frame and times that frame's
// rendering (style, layout, paint), reported apart: one edit per frame, as when a person
// types.
async function measureEdits({ edits }) {
  const input = [...document.querySelectorAll('input')].find((el) => el.labels && [...el.labels].some((l) => l.textContent.trim() === 'Peak concurrent sessions'))
    ?? document.querySelector('[data-testid="input-peak-sessions"]');
  const out = document.querySelector('[data-testid="webapp-servers"]');
  const channel = new MessageChannel();
  const afterTask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const frameRendering = () => new Promise((r) => requestAnimationFrame(() => {
    const start = performance.now();
    afterTask().then(() => r(performance.now() - start));
  }));
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const times = [];
  const handler = [];
  const layout = [];
  const frame = [];
  for (let i = 0; i < edits; i++) {
    const k = 2 + (i % 20); // consecutive edits always change the web app count
    const sessions = 150 * k + 50;
    const expected = new RegExp(`^\\D*${Math.ceil(sessions / 150) + 1}\\b`);
    const today = `today ${sessions.toLocaleString('en-US')}`;
    const shown = () => expected.test(out.textContent.trim())
      && document.querySelector('[data-testid="chart-growth"] .today-label')?.textContent === today;
    const t0 = performance.now();
    setter.call(input, String(sessions));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '0' }));
    const tHandler = performance.now();
    let hops = 0;
    while (!shown()) {
      if (++hops > 10000) throw new Error(`no update to ${sessions} sessions`);
      await (hops <= 100 ? Promise.resolve() : afterTask());
    }
    const tText = performance.now();
    void document.body.offsetHeight; // style + layout
    const t1 = performance.now();
    times.push(t1 - t0);
    handler.push(tHandler - t0);
    layout.push(t1 - tText);
    frame.push(await frameRendering());
  }
  return { times, handler, layout, frame };
}

// Runs in the page before any of its scripts: every long task, and when the total server
// count first shows a figure.
const LONG_TASK_PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const obs = new MutationObserver(() => {
    const el = document.querySelector('[data-testid="total-servers"]');
    if (el && el.textContent.trim() !== '') { window.__resultsMs = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const server = await startServer({ root: dist, base: '/' });
const gzipServer = await startServer({ root: dist, base: '/', gzip: true });
const browser = await launchBrowser();

// One cold load on a throttled phone: navigation -> first result shown, in ms.
async function phoneFirstResult() {
  const context = await browser.newContext(PHONE_SCREEN);
  await context.addInitScript(FIRST_RESULT_PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.rttMs,
    downloadThroughput: (PHONE.downKbps * 1024) / 8,
    uploadThroughput: (PHONE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.goto(gzipServer.url);
  await page.waitForFunction(() => window.__firstResultMs !== undefined, null, { timeout: 60000 });
  const ms = await page.evaluate(() => window.__firstResultMs);
  await context.close();
  return ms;
}
// Edits on a fresh page, started `idleMs` after its first result is shown.
async function editsOnFreshPage(idleMs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('webapp-servers').waitFor();
  await page.waitForTimeout(idleMs);
  const measured = await page.evaluate(measureEdits, { edits: EDITS });
  await context.close();
  return measured;
}

try {
  const { times: edits, handler, layout, frame } = await editsOnFreshPage(IDLE_MS);
  const { times: eagerEdits } = await editsOnFreshPage(0);

  const phone = [];
  for (let i = 0; i < PHONE_LOADS; i++) phone.push(await phoneFirstResult());

  const firstResult = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    await context.addInitScript(FIRST_RESULT_PROBE);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstResultMs !== undefined, null, { timeout: 15000 });
    firstResult.push(await page.evaluate(() => window.__firstResultMs));
    await context.close();
  }

  const stressResults = [];
  const stressLongest = [];
  for (let i = 0; i < STRESS_LOADS; i++) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(LONG_TASK_PROBE);
    const p = await ctx.newPage();
    await p.goto(`${server.url}?${stressQuery()}`);
    await p.waitForFunction(() => window.__resultsMs !== undefined, null, { timeout: 60000 });
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await p.waitForTimeout(200);
    const { resultsMs, longest } = await p.evaluate(() => ({
      resultsMs: window.__resultsMs,
      longest: Math.max(0, ...window.__longTasks.filter(([start]) => start < window.__resultsMs).map(([, d]) => d)),
    }));
    stressResults.push(resultsMs);
    stressLongest.push(longest);
    await ctx.close();
  }

  const result = {
    phoneFirstResultMs: { median: median(phone), min: Math.min(...phone), max: Math.max(...phone), loads: PHONE_LOADS },
    firstResultMs: { median: median(firstResult), min: Math.min(...firstResult), max: Math.max(...firstResult), loads: LOADS },
    keystrokeMs: { median: median(edits), p95: quantile(edits, 0.95), max: Math.max(...edits), edits: edits.length },
    // The same edits started at once after the first result (for information).
    keystrokeEagerMs: { median: median(eagerEdits), p95: quantile(eagerEdits, 0.95), max: Math.max(...eagerEdits), edits: eagerEdits.length },
    // Of which: the input event's own handler (synchronous part), before effects and layout.
    handlerMs: { median: median(handler), p95: quantile(handler, 0.95) },
    // ... and the forced style + layout after the figures changed.
    layoutMs: { median: median(layout), p95: quantile(layout, 0.95) },
    // The next frame's rendering after each edit (style, layout, paint), and the sum.
    frameMs: { median: median(frame), p95: quantile(frame, 0.95) },
    paintedMs: { median: median(edits.map((t, i) => t + frame[i])), p95: quantile(edits.map((t, i) => t + frame[i]), 0.95) },
    // The stress plan: results shown, and the longest task until then (issue 6: <= 200 ms).
    stressResultsMs: { median: median(stressResults), loads: STRESS_LOADS },
    stressLongestTaskMs: { median: median(stressLongest), max: Math.max(...stressLongest) },
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const f = (x) => x.toFixed(2).padStart(8);
    // "MET by 0.70 ms" / "MISSED by 0.40 ms" against an upper bound.
    const verdict = (value, target) => (value <= target
      ? `MET by ${(target - value).toFixed(2)} ms` : `MISSED by ${(value - target).toFixed(2)} ms`);
    const p = result.phoneFirstResultMs;
    console.log(`phone over a slow network -> first result median ${f(p.median)} ms  (min ${f(p.min)}, max ${f(p.max)}, ${PHONE_LOADS} cold loads, gzip, ${PHONE.rttMs} ms RTT, ${PHONE.downKbps / 1024} Mbit/s down, ${PHONE.upKbps} kbit/s up, CPU ${PHONE.cpuSlowdown}x slower)  target <= ${TARGET.phoneFirstResultMs} ms: ${verdict(p.median, TARGET.phoneFirstResultMs)}`);
    console.log(`  this machine, nothing throttled -> first result median ${f(result.firstResultMs.median)} ms  (min ${f(result.firstResultMs.min)}, max ${f(result.firstResultMs.max)}, ${LOADS} fresh loads; for information)`);
    const k = result.keystrokeMs;
    console.log(`keystroke -> results and charts updated median ${f(k.median)} ms  p95 ${f(k.p95)} ms  (max ${f(k.max)}, the first ${edits.length} edits, ${IDLE_MS} ms after the first result)  target p95 <= ${TARGET.keystrokeP95Ms} ms: ${verdict(k.p95, TARGET.keystrokeP95Ms)}`);
    console.log(`  the same edits started at once after the first result (page still loading) median ${f(result.keystrokeEagerMs.median)} ms  p95 ${f(result.keystrokeEagerMs.p95)} ms  (max ${f(result.keystrokeEagerMs.max)})`);
    console.log(`  then the next frame's rendering median ${f(result.frameMs.median)} ms  p95 ${f(result.frameMs.p95)} ms; keystroke -> painted (without the wait for the frame) median ${f(result.paintedMs.median)} ms  p95 ${f(result.paintedMs.p95)} ms`);
    console.log(`  of which the input handler   median ${f(result.handlerMs.median)} ms  p95 ${f(result.handlerMs.p95)} ms; style + layout median ${f(result.layoutMs.median)} ms p95 ${f(result.layoutMs.p95)} ms (the rest: reactive effects and DOM updates)`);
    console.log(`stress plan (1,000 workspaces, 50 zones) median ${f(result.stressResultsMs.median)} ms to results; longest task median ${f(result.stressLongestTaskMs.median)} ms (max ${f(result.stressLongestTaskMs.max)}, ${STRESS_LOADS} loads)  target: no task over ${TARGET.stressLongestTaskMs} ms: ${verdict(result.stressLongestTaskMs.max, TARGET.stressLongestTaskMs)}`);
    const { cpus, loadavg } = await import('node:os');
    console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (timings are only comparable on an idle machine)`);
  }
} finally {
  await browser.close();
  await server.close();
  await gzipServer.close();
}
