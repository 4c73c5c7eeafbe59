// Browser timings of the release build (issue 6), in headless Debian Chromium on 127.0.0.1:
//  - navigation -> first result shown: median of 10 fresh loads (new context, empty cache);
//  - keystroke in Peak concurrent sessions -> every result updated and laid out: median and
//    p95 over 120 edits (after 10 warm-ups), measured inside the page with performance.now();
//    then 120 more on the same page, once V8 has optimised the code (shown for information);
//  - the stress plan (1,000 workspaces, 50 zones, 10 million sessions) opened from its link:
//    the longest task from navigation until the results are shown, median of 3 fresh loads.
// Prints figures, not a pass/fail test. Usage: node e2e/bench.mjs [dist] [--json]
import { launchBrowser } from './support/browser.mjs';
import { startServer } from './serve.mjs';
import { stressQuery } from './support/stress-plan.mjs';

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const LOADS = 10;
const WARMUP = 10;
const EDITS = 120;
const STRESS_LOADS = 3;

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
// event), then wait (without timer clamping) until the web app count shows the expected
// figure, and force style and layout so the time covers everything the user would see.
async function measureEdits({ warmup, edits }) {
  const input = [...document.querySelectorAll('input')].find((el) => el.labels && [...el.labels].some((l) => l.textContent.trim() === 'Peak concurrent sessions'))
    ?? document.querySelector('[data-testid="input-peak-sessions"]');
  const out = document.querySelector('[data-testid="webapp-servers"]');
  const channel = new MessageChannel();
  const yieldTask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const times = [];
  const handler = [];
  const layout = [];
  for (let i = 0; i < warmup + edits; i++) {
    const k = 2 + (i % 20); // consecutive edits always change the web app count
    const sessions = 150 * k + 50;
    const expected = Math.ceil(sessions / 150) + 1;
    const t0 = performance.now();
    setter.call(input, String(sessions));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '0' }));
    const tHandler = performance.now();
    let spins = 0;
    while (!new RegExp(`^\\D*${expected}\\b`).test(out.textContent.trim())) {
      if (++spins > 10000) throw new Error(`no update to ${expected} after editing to ${sessions}`);
      await yieldTask();
    }
    const tText = performance.now();
    void document.body.offsetHeight; // style + layout
    const t1 = performance.now();
    if (i >= warmup) {
      times.push(t1 - t0);
      handler.push(tHandler - t0);
      layout.push(t1 - tText);
    }
  }
  return { times, handler, layout };
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
const browser = await launchBrowser();
try {
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

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('webapp-servers').waitFor();
  const { times: edits, handler, layout } = await page.evaluate(measureEdits, { warmup: WARMUP, edits: EDITS });
  // The same edits again on the same page: by now V8 has optimised the hot wasm and
  // JavaScript, which it does over the first few dozen keystrokes after a load.
  const { times: warmEdits } = await page.evaluate(measureEdits, { warmup: 0, edits: EDITS });
  await context.close();

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
    firstResultMs: { median: median(firstResult), min: Math.min(...firstResult), max: Math.max(...firstResult), loads: LOADS },
    keystrokeMs: { median: median(edits), p95: quantile(edits, 0.95), max: Math.max(...edits), edits: edits.length },
    // The next edits on the same page, once the code is optimised (for information).
    keystrokeWarmMs: { median: median(warmEdits), p95: quantile(warmEdits, 0.95), max: Math.max(...warmEdits), edits: warmEdits.length },
    // Of which: the input event's own handler (synchronous part), before effects and layout.
    handlerMs: { median: median(handler), p95: quantile(handler, 0.95) },
    // ... and the forced style + layout after the figures changed.
    layoutMs: { median: median(layout), p95: quantile(layout, 0.95) },
    // The stress plan: results shown, and the longest task until then (issue 6: <= 200 ms).
    stressResultsMs: { median: median(stressResults), loads: STRESS_LOADS },
    stressLongestTaskMs: { median: median(stressLongest), max: Math.max(...stressLongest) },
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const f = (x) => x.toFixed(2).padStart(8);
    console.log(`navigation -> first result   median ${f(result.firstResultMs.median)} ms  (min ${f(result.firstResultMs.min)}, max ${f(result.firstResultMs.max)}, ${LOADS} fresh loads)  target <= 300 ms: ${result.firstResultMs.median <= 300 ? 'MET' : 'MISSED'}`);
    console.log(`keystroke -> results updated median ${f(result.keystrokeMs.median)} ms  p95 ${f(result.keystrokeMs.p95)} ms  (max ${f(result.keystrokeMs.max)}, ${edits.length} edits)  target p95 <= 8 ms: ${result.keystrokeMs.p95 <= 8 ? 'MET' : 'MISSED'}`);
    console.log(`  the next ${warmEdits.length} edits (code optimised by then) median ${f(result.keystrokeWarmMs.median)} ms  p95 ${f(result.keystrokeWarmMs.p95)} ms  (max ${f(result.keystrokeWarmMs.max)})`);
    console.log(`  of which the input handler   median ${f(result.handlerMs.median)} ms  p95 ${f(result.handlerMs.p95)} ms; style + layout median ${f(result.layoutMs.median)} ms p95 ${f(result.layoutMs.p95)} ms (the rest: reactive effects and DOM updates)`);
    console.log(`stress plan (1,000 workspaces, 50 zones) median ${f(result.stressResultsMs.median)} ms to results; longest task median ${f(result.stressLongestTaskMs.median)} ms (max ${f(result.stressLongestTaskMs.max)}, ${STRESS_LOADS} loads)  target <= 200 ms: ${result.stressLongestTaskMs.max <= 200 ? 'MET' : 'MISSED'}`);
    const { cpus, loadavg } = await import('node:os');
    console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (timings are only comparable on an idle machine)`);
  }
} finally {
  await browser.close();
  await server.close();
}
