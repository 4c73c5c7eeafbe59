// End-to-end tests of cloud deployments (issue 16) and costs (issue 14 item 14) on the
// release build: a school autoscaling t3.medium agents (kasmtech/workspaces-issues #591) and
// an enterprise on m6i types for every role, each entered as a person would (keyboard
// included), then reproduced by its link and by the JavaScript API.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, usePages, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
const pages = usePages(suite);

/** A recorded page in a context of its own. */
async function freshPage() {
  return (await pages()).page;
}

const input = (page, slug) => page.getByTestId(`input-${slug}`);

/** Click a box, select what it holds and type `value` key by key. */
async function typeInto(locator, value) {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  if (value === '') await locator.press('Backspace');
  else await locator.pressSequentially(value);
}

/** The value of a setting by its name inside `card` (a CSS selector). */
async function setting(page, card, name) {
  const row = page.locator(`${card} li.setting`).filter({ has: page.locator('.setting-name', { hasText: name }) });
  return ((await row.first().locator('code').textContent()) ?? '').trim();
}

/** Open `url` in a fresh browser and check it shows `expected` (once `total-cost` reads `cost`). */
async function reopens(url, cost, expected) {
  const sizer = await new SizerPage(await freshPage(), url).open();
  await sizer.waitForFigure('total-cost', cost);
  assert.deepEqual(await figures(sizer, Object.keys(expected)), expected);
}

/** The figures a school or an enterprise reads, by data-testid. */
async function figures(sizer, ids) {
  const out = {};
  for (const id of ids) out[id] = await sizer.text(id);
  return out;
}

// kasmtech/workspaces-issues #591: 30 students at peak on 2 CPU / 2.7 GB desktops, t3.medium
// instances, 20 desktops ready when lessons start at 8:00, lessons until 16:00 on weekdays.
const SCHOOL_LINK =
  'v=2&sessions=30&ram=2.7&agent_mode=autoscale&baseline=20&busy=mon-fri:8-16&cloud=aws&agent_type=t3.medium&cost_agent_hourly=0.0416&currency=USD';
// The school, by hand: a t3.medium holds min(2 / 2, 4 / 2.7) = 1 desktop (AS-1, AG-1), so 30
// instances at peak; 1 arrival a minute over a 600 s start-up is 10 sessions of standby, 10
// instances: Max Nodes 40 (AS-3, AS-4). Busy 40 h a week = 40 x 730 / 168 = 173.81 h a month
// x 40 = 6,952 instance-hours (29,200 kept running all month); x 0.0416 USD = 289.22 USD.
const SCHOOL_EXPECTED = {
  'autoscale-peak-instances': '30',
  'autoscale-max-nodes': '40',
  'autoscale-instance-hours': '6,952',
  'autoscale-always-on-hours': '29,200',
  'total-cost': '289.22',
  'cost-yearly': '3,470.63',
  'agent-spec': '2 CPU / 4 GB RAM / 85 GB disk',
};

// An enterprise on AWS: 2,000 desktops and 200 RDP jump hosts, m6i for every role, priced by
// the hour in euros (prices are the user's, never built in).
const ENTERPRISE_LINK =
  'v=2&p=HQ~Desktops~2000~2~4~0~5~container&p=HQ~Jump%20hosts~200~2~4~0~0~server&cloud=aws&web_type=m6i.xlarge&db_type=m6i.2xlarge&agent_type=m6i.4xlarge&proxy_type=m6i.2xlarge&cost_web_hourly=0.192&cost_db_hourly=0.384&cost_agent_hourly=0.768&cost_proxy_hourly=0.384&currency=EUR';
// 16 web app servers x 730 h x 0.192 + 2 database x 730 x 0.384 + 252 agents x 730 x 0.768
// + 8 proxies x 730 x 0.384 = 2,242.56 + 560.64 + 141,281.28 + 2,242.56 = 146,327.04 EUR.
const ENTERPRISE_EXPECTED = {
  'total-servers': '278',
  'webapp-servers': '16',
  'agent-servers': '252',
  'proxy-servers': '8',
  'total-cost': '146,327.04',
  'cost-yearly': '1,755,924.48',
};

describe(`cloud deployments, app served at ${process.env.E2E_BASE || '/'}`, () => {
  test('the school of #591 gets its AutoScale settings, a schedule and a monthly cost from the page', async () => {
    const page = await freshPage();
    const sizer = await new SizerPage(page, suite.server.url).open();
    await sizer.typePeakSessions('30');
    await typeInto(input(page, 'zones-0-profiles-0-ram-gb'), '2.7');
    await input(page, 'agents-mode').selectOption('autoscale');
    await typeInto(input(page, 'agents-autoscale-baseline-sessions'), '20');
    // The schedule by keyboard: Monday's hours, Tab from one box to the next, then the
    // quick fill that copies Monday to Tuesday .. Friday, pressed with Enter.
    await typeInto(input(page, 'agents-autoscale-schedule-0-start-hour'), '8');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement.dataset.testid),
      'input-agents-autoscale-schedule-0-end-hour',
    );
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('16');
    await page.getByTestId('schedule-fill-copy-monday').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await input(page, 'agents-autoscale-schedule-4-end-hour').inputValue()) === '16', {
      what: 'Monday copied to Friday',
    });
    await input(page, 'cloud-provider').selectOption('aws');
    await input(page, 'cloud-agent-type').selectOption('t3.medium');
    await typeInto(input(page, 'costs-currency'), 'USD');
    await typeInto(input(page, 'costs-hourly-agent'), '0.0416');
    await sizer.waitForFigure('total-cost', '289.22');

    assert.deepEqual(await figures(sizer, Object.keys(SCHOOL_EXPECTED)), SCHOOL_EXPECTED);
    // The AutoScale config, in Kasm's units, each with its copy button.
    const card = '#role-autoscale';
    assert.equal(await setting(page, card, 'Staging Config: Desired Sessions'), '20');
    assert.equal(await setting(page, card, 'AutoScale config (busy hours): Standby Cores'), '20');
    assert.equal(await setting(page, card, 'AutoScale config (busy hours): Standby Memory (MB)'), '27648');
    assert.equal(await setting(page, card, 'VM Provider: Max Nodes'), '40');
    assert.equal(await setting(page, card, 'AutoScale Schedule: busy-hours config'), 'Mon-Fri 08:00-16:00');
    assert.ok((await page.locator(`${card} button.copy`).count()) >= 10);
    assert.match(await sizer.text('autoscale-schedule'), /Mon-Fri 08:00-16:00, 40 h a week/);
    // Issue 14 item 14: the total is marked partial and names what it leaves out.
    assert.match(await sizer.text('cost-partial'), /^Partial: no price for web app servers, database servers/);
    assert.match(await sizer.text('cost-summary'), /289\.22 USD a month, 3,470\.63 USD a year; partial/);
    // IC-1: the t3 agent carries the burstable warning; IC-2 marks Kasm's t3.small web app.
    assert.match(await page.locator('#cloud-types').textContent(), /t3\.medium is burstable/);
    assert.match(await sizer.text('type-vendor-webapp'), /below the guide/i);

    // The link reproduces it in a fresh browser.
    await eventually(async () => /currency=USD/.test(page.url()) && /cost_agent_hourly=0\.0416/.test(page.url()), {
      what: 'the link to follow the edits',
    });
    await reopens(page.url(), '289.22', SCHOOL_EXPECTED);
    // So does the documented link (docs/plan-links.md, example 4).
    await reopens(`${suite.server.url}?${SCHOOL_LINK}`, '289.22', SCHOOL_EXPECTED);
  });

  test('the school through the JavaScript API', async () => {
    const page = await freshPage();
    await new SizerPage(page, suite.server.url).open();
    const report = await page.evaluate(() => {
      const busy = { start_hour: 8, end_hour: 16 };
      return window.wasmBindings.size({
        zones: [{ name: 'School', profiles: [{ name: 'Desktop', sessions: 30, cpu_cores: 2, ram_gb: 2.7 }] }],
        agents: {
          mode: 'autoscale',
          autoscale: { baseline_sessions: 20, schedule: [busy, busy, busy, busy, busy, null, null] },
        },
        cloud: { provider: 'aws', agent: { type: 't3.medium' } },
        costs: { hourly: { agent: 0.0416 }, currency: 'USD' },
      });
    });
    assert.equal(report.error, undefined, JSON.stringify(report.errors));
    const zone = report.autoscale.zones[0];
    assert.deepEqual(
      [zone.peak_instances, zone.staged_sessions, zone.standby_cores, zone.standby_memory_mb, zone.max_nodes],
      [30, 20, 20, 27648, 40],
    );
    assert.equal(Math.round(report.autoscale.instance_hours), 6952);
    assert.equal(report.costs.currency, 'USD');
    assert.equal(report.costs.monthly.toFixed(2), '289.22');
    assert.equal(report.costs.complete, false);
    assert.deepEqual(report.costs.unpriced, ['web_app', 'database']);
  });

  test('an enterprise picks m6i types for every role; its link and the JavaScript API agree', async () => {
    const page = await freshPage();
    const sizer = await new SizerPage(page, suite.server.url).open();
    await typeInto(input(page, 'zones-0-name'), 'HQ');
    await typeInto(input(page, 'zones-0-profiles-0-name'), 'Desktops');
    await typeInto(input(page, 'zones-0-profiles-0-sessions'), '2000');
    // A second workspace reaching RDP jump hosts through connection proxies, by keyboard.
    await page.getByTestId('add-profile-0').focus();
    await page.keyboard.press('Enter');
    await eventually(
      async () => page.evaluate(() => document.activeElement.dataset.testid === 'input-zones-0-profiles-1-name'),
      { what: 'focus on the new workspace name' },
    );
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Jump hosts');
    await typeInto(input(page, 'zones-0-profiles-1-sessions'), '200');
    await input(page, 'zones-0-profiles-1-kind').selectOption('server_connection');
    await input(page, 'cloud-provider').selectOption('aws');
    // The page suggests c6i for the web app; the enterprise standardises on m6i.
    assert.match(await sizer.text('type-need-web-app'), /suggested c6i\.xlarge \(4 vCPU \/ 8 GiB\)/);
    for (const [role, type] of [
      ['web-app', 'm6i.xlarge'],
      ['database', 'm6i.2xlarge'],
      ['agent', 'm6i.4xlarge'],
      ['proxy', 'm6i.2xlarge'],
    ]) {
      await input(page, `cloud-${role}-type`).selectOption(type);
      await eventually(async () => /meets it/.test(await sizer.text(`type-status-${role}`)), { what: `${type} to meet the need` });
    }
    await typeInto(input(page, 'costs-currency'), 'EUR');
    for (const [role, price] of [
      ['web-app', '0.192'],
      ['database', '0.384'],
      ['agent', '0.768'],
      ['proxy', '0.384'],
    ]) {
      await typeInto(input(page, `costs-hourly-${role}`), price);
    }
    await sizer.waitForFigure('total-cost', '146,327.04');
    assert.deepEqual(await figures(sizer, Object.keys(ENTERPRISE_EXPECTED)), ENTERPRISE_EXPECTED);
    for (const key of ['webapp', 'db', 'agent', 'proxy']) {
      assert.match(await sizer.text(`type-picked-${key}`), /^m6i\.\S+ .*meets it/i, key);
    }
    assert.equal(await page.getByTestId('cost-partial').count(), 0, 'every role is priced: no partial mark');

    await eventually(async () => /proxy_type=m6i\.2xlarge/.test(page.url()) && /cost_proxy_hourly=0\.384/.test(page.url()), {
      what: 'the link to follow the edits',
    });
    await reopens(page.url(), '146,327.04', ENTERPRISE_EXPECTED);
    await reopens(`${suite.server.url}?${ENTERPRISE_LINK}`, '146,327.04', ENTERPRISE_EXPECTED);

    const report = await page.evaluate(() => {
      const rdp = { name: 'Jump hosts', sessions: 200, kind: 'server_connection', disk_per_session_gb: 0 };
      const hourly = { web_app: 0.192, database: 0.384, agent: 0.768, proxy: 0.384 };
      return window.wasmBindings.size({
        zones: [{ name: 'HQ', profiles: [{ name: 'Desktops', sessions: 2000 }, rdp] }],
        cloud: {
          provider: 'aws',
          web_app: { type: 'm6i.xlarge' },
          database: { type: 'm6i.2xlarge' },
          agent: { type: 'm6i.4xlarge' },
          proxy: { type: 'm6i.2xlarge' },
        },
        costs: { hourly, currency: 'EUR' },
      });
    });
    assert.equal(report.error, undefined, JSON.stringify(report.errors));
    assert.deepEqual(
      report.cloud.roles.map((r) => [r.chosen.id, r.chosen_meets]),
      [['m6i.xlarge', true], ['m6i.2xlarge', true], ['m6i.4xlarge', true], ['m6i.2xlarge', true]],
    );
    assert.equal(report.totals.servers, 278);
    assert.equal(report.costs.monthly.toFixed(2), '146327.04');
    assert.equal(report.costs.complete, true);
  });
});
