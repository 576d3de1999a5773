// Browser test of the dashboard: headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core. Signs in with a token, opens every page, submits a declaration, runs a
// scenario and sees its charts, runs the response plan; saves a screenshot of each page.
// Needs a running server: CRITMIN_URL, CRITMIN_MEMBER_TOKEN (a member for Japan),
// CRITMIN_COORD_TOKEN; screenshots go to CRITMIN_SCREENSHOTS (default target/screenshots).
// Started by crates/critmin-server/tests/it/browser.rs, which provides all of these.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.CRITMIN_URL;
const memberToken = process.env.CRITMIN_MEMBER_TOKEN;
const coordToken = process.env.CRITMIN_COORD_TOKEN;
const shots = process.env.CRITMIN_SCREENSHOTS || 'target/screenshots';
const solver = process.env.CRITMIN_SOLVER !== '0';

let browser, page, profile;

before(async () => {
  assert.ok(url && memberToken && coordToken, 'CRITMIN_URL, CRITMIN_MEMBER_TOKEN and CRITMIN_COORD_TOKEN must be set');
  mkdirSync(shots, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'critmin-chromium-'));
  // A fresh profile: playwright takes the user-data-dir as launchPersistentContext's argument.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => { throw e; });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function signIn(token) {
  await page.goto(`${url}/#/signin`);
  await page.fill('#token', token);
  await page.click('#signin button[type=submit]');
  await page.waitForSelector('#signed-in', { timeout: 15000 });
}

async function open(hash) {
  await page.goto(`${url}/${hash}`);
  await page.waitForFunction(() => document.getElementById('main').dataset.ready === 'true', null, { timeout: 60000 });
  const errors = await page.locator('#main .error').allTextContents();
  assert.deepEqual(errors, [], `errors on ${hash}`);
}

const rendered = (id) => page.waitForSelector(`#${id}[data-rendered=true] canvas`, { timeout: 60000 });

test('a bad token is refused with the server\'s message', async () => {
  await page.goto(`${url}/#/signin`);
  await page.fill('#token', 'cmx_' + '0'.repeat(64));
  await page.click('#signin button[type=submit]');
  const msg = await page.waitForSelector('#signin-result .error');
  assert.match(await msg.textContent(), /unknown or revoked token/);
  await page.screenshot({ path: join(shots, 'signin-refused.png') });
});

test('sign in as a member', async () => {
  await signIn(memberToken);
  assert.match(await page.textContent('#signed-in'), /METI \(member, JPN\)/);
  await page.screenshot({ path: join(shots, 'signin.png') });
});

test('overview: supply chart and coalition view', async () => {
  await open('#/overview/rare%20earths');
  await rendered('supply-chart');
  await rendered('coalition-chart');
  assert.match(await page.textContent('#ov'), /HHI of production/);
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
});

test('country page', async () => {
  await open('#/country/JPN');
  await rendered('dependence-chart');
  assert.match(await page.textContent('#cp'), /Japan/);
  await page.screenshot({ path: join(shots, 'country.png'), fullPage: true });
});

test('submit a declaration and see it listed', async () => {
  await open('#/declarations');
  await page.fill('#holder', 'Japan');
  const rareEarths = (await page.locator('#decl-mineral option', { hasText: /rare earth/i }).first().textContent()).trim();
  await page.selectOption('#decl-mineral', rareEarths);
  await page.selectOption('#form', 'oxide');
  await page.fill('#tonnes', '1200');
  await page.fill('#contained', '0.85');
  await page.selectOption('#visibility', 'private');
  await page.click('#submit-decl');
  const ok = await page.waitForSelector('#decl-ok', { timeout: 15000 });
  assert.match(await ok.textContent(), /1,020 t contained/);
  assert.match(await page.textContent('#decl-table'), /JPN.*rare earth.*1,020.*private/is);
  // A negative figure is refused with the server's message naming the field.
  await page.fill('#tonnes', '-5');
  await page.click('#submit-decl');
  const err = await page.waitForSelector('#decl-result .error');
  assert.match(await err.textContent(), /tonnes/);
  await page.screenshot({ path: join(shots, 'declarations.png'), fullPage: true });
});

test('run a scenario and see its charts', async () => {
  await open('#/scenario');
  await page.selectOption('#scenario', 'rare-earth-ban-g7plus');
  await page.fill('#runs', '50');
  await page.click('#run');
  await rendered('shortfall-chart');
  await rendered('price-chart');
  await rendered('bands-chart');
  assert.match(await page.textContent('#summary'), /unmet demand/);
  await page.screenshot({ path: join(shots, 'scenario.png'), fullPage: true });
});

test('response plan: the coordinator runs it', { skip: !solver && 'built without the solver' }, async () => {
  await signIn(coordToken);
  await open('#/plan');
  await page.click('#plan-form button[type=submit]');
  await rendered('plan-chart');
  assert.match(await page.textContent('#plan-result'), /Plan \d+/);
  await page.screenshot({ path: join(shots, 'plan.png'), fullPage: true });
});
