import { chromium } from 'playwright-core';
const [,, url, out, width='1400', sel=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 } });
p.on('console', m => { if (m.type()==='error') console.log('console', m.text()); });
await p.goto(url); await p.getByTestId('webapp-servers').waitFor(); await p.waitForTimeout(800);
if (sel) { await p.locator(sel).first().screenshot({ path: out }); } else await p.screenshot({ path: out, fullPage: true });
await b.close();
