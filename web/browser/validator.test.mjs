// The browser validator end to end: the page built by web/build.sh (target/web), served from
// 127.0.0.1 by serve.mjs, in Debian's Chromium driven by playwright-core. Screenshots of what
// a person sees go to target/web-screenshots/, the timing of a check to target/web-timing.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = process.env.OVK_WEB_DIR || path.join(root, 'target/web');
const screenshots = path.join(root, 'target/web-screenshots');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const BORAS = path.join(root, 'examples/boras/overenskommelse.json');
const FOLLOW_UP = path.join(root, 'examples/boras/uppfoljning-2018.json');
const FIVE_PROBLEMS = path.join(root, 'tests/conformance/cases/200-five-problems');
const SYNTAX_ERROR = path.join(root, 'tests/conformance/cases/001-syntax-missing-comma/document.json');

let server;
let browser;

before(async () => {
  await fs.access(path.join(site, 'ovk-wasm.js')).catch(() => {
    throw new Error(`${site} is not built: run web/build.sh (make web) first`);
  });
  await fs.mkdir(screenshots, { recursive: true });
  server = await serve(site);
  browser = await chromium.launch({ executablePath });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page with the validator loaded and ready to take a file. */
async function open(options = {}, at = server.url) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(at);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, errors };
}

/** Drops the file at `file` on the page, as a person dragging it from their desktop would. */
async function drop(page, file) {
  const bytes = [...(await fs.readFile(file))];
  const transfer = await page.evaluateHandle(({ bytes, name }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
    return data;
  }, { bytes, name: path.basename(file) });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
}

/** Waits until the status line says the file `name` was checked, and answers it. */
async function checked(page, name) {
  await page.waitForFunction(
    (name) => document.getElementById('status').textContent.startsWith(`${name}:`),
    name,
  );
  return page.textContent('#status');
}

async function expectedFindings() {
  const expected = JSON.parse(await fs.readFile(path.join(FIVE_PROBLEMS, 'expected.json'), 'utf8'));
  return expected.findings;
}

test("the page's own words exist in both languages, for every place the page shows one", async () => {
  const scope = { self: {} };
  vm.runInNewContext(await fs.readFile(path.join(root, 'web/site/text.js'), 'utf8'), scope);
  const { sv, en } = scope.self.OVK_TEXT;
  assert.deepEqual(Object.keys(en).sort(), Object.keys(sv).sort());
  for (const words of [sv, en]) {
    for (const [key, text] of Object.entries(words)) assert.ok(text.trim().length > 0, key);
  }
  const html = await fs.readFile(path.join(root, 'web/site/index.html'), 'utf8');
  const app = await fs.readFile(path.join(root, 'web/site/app.js'), 'utf8');
  const used = [
    ...[...html.matchAll(/data-(?:text|label|title)="(\w+)"/g)].map((m) => m[1]),
    ...[...app.matchAll(/say\('(\w+)'/g)].map((m) => m[1]),
    ...[...app.matchAll(/words\.(\w+)/g)].map((m) => m[1]),
  ];
  assert.ok(used.length > 20);
  for (const key of used) assert.ok(key in sv, `${key} is a word of the page`);
});

test('the Borås document dropped on the page has no errors and its two warnings, placed', async () => {
  const { context, page, errors } = await open();
  await drop(page, BORAS);
  const status = await checked(page, 'overenskommelse.json');
  assert.equal(status, 'overenskommelse.json: 0 fel, 2 varningar, 0 info.');
  assert.equal(await page.locator('[data-severity="error"]').count(), 0);
  const warnings = page.locator('[data-severity="warning"]');
  assert.equal(await warnings.locator('h3').textContent(), 'Varning (2)');
  assert.equal(await warnings.locator('.finding').count(), 2);
  for (const place of await warnings.locator('.place').allTextContents()) {
    assert.match(place, /^Plats: \/\S+ · rad \d+, kolumn \d+$/);
  }
  // Each rule's explanation and what to do, from the core's catalogue.
  assert.ok((await warnings.locator('.rule .explanation').first().textContent()).length > 20);
  assert.match(await warnings.locator('.rule .hint').first().textContent(), /^Åtgärd: /);
  assert.equal(await page.locator('#download-json').isVisible(), true);
  assert.equal(await page.textContent('#document-title'), 'Överenskommelsen i Borås');
  await page.screenshot({ path: path.join(screenshots, 'valid.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken conformance document chosen with the picker shows every expected finding with its code and place', async () => {
  const { context, page, errors } = await open();
  await page.setInputFiles('#file', path.join(FIVE_PROBLEMS, 'document.json'));
  const status = await checked(page, 'document.json');
  const expected = await expectedFindings();
  assert.equal(status, `document.json: ${expected.length} fel, 0 varningar, 0 info.`);
  assert.equal(await page.locator('[data-severity="error"] > h3').textContent(), `Fel (${expected.length})`);
  assert.equal(await page.locator('.finding').count(), expected.length);
  for (const finding of expected) {
    const rule = page.locator(`[data-severity="${finding.severity}"] article.rule[data-code="${finding.code}"]`);
    assert.equal(await rule.locator('h4 code').textContent(), finding.code);
    assert.deepEqual(await rule.locator('.pointer').allTextContents(), [finding.path]);
    assert.match(await rule.locator('.line').textContent(), /^rad \d+, kolumn \d+$/);
  }
  await page.screenshot({ path: path.join(screenshots, 'broken.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a document that cannot be read says so and offers neither report nor download', async () => {
  const { context, page } = await open();
  await page.setInputFiles('#file', SYNTAX_ERROR);
  await checked(page, 'document.json');
  const rule = page.locator('article.rule[data-code="OVK-SYN-001"]');
  assert.equal(await rule.locator('.pointer').textContent(), 'hela dokumentet');
  assert.equal(await page.locator('#report-unreadable').isVisible(), true);
  assert.equal(await page.locator('#report-frame').isVisible(), false);
  assert.equal(await page.locator('#download-json').isVisible(), false);
  assert.equal(await page.locator('#download-report').isVisible(), false);
  assert.equal(await page.locator('#document-title').isVisible(), false);
  await context.close();
});

test('the switch to English turns the page, the findings and the report into English', async () => {
  const { context, page } = await open();
  await page.setInputFiles('#file', path.join(FIVE_PROBLEMS, 'document.json'));
  await checked(page, 'document.json');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Check an överenskommelse');
  assert.equal(await page.textContent('#findings-heading'), 'Findings');
  assert.equal(await page.textContent('#status'), 'document.json: 5 errors, 0 warnings, 0 info.');
  assert.equal(await page.locator('[data-severity="error"] > h3').textContent(), 'Error (5)');
  const reference = page.locator('article.rule[data-code="OVK-REF-001"]');
  assert.match(await reference.locator('h4').textContent(), /Reference does not resolve/);
  assert.match(await reference.locator('.place').textContent(), /^Where: \S+ · line \d+, column \d+$/);
  const report = page.frameLocator('#report-frame');
  await report.locator('html[lang="en"]').waitFor();
  await page.screenshot({ path: path.join(screenshots, 'english.png'), fullPage: true });
  // And back.
  await page.getByRole('button', { name: 'Byt till svenska' }).click();
  assert.equal(await page.locator('[data-severity="error"] > h3').textContent(), 'Fel (5)');
  await report.locator('html[lang="sv"]').waitFor();
  await context.close();
});

test('the stormöte report is shown at the dates chosen and downloads as the HTML shown', async () => {
  const { context, page } = await open();
  const today = await page.inputValue('#as-of');
  assert.match(today, /^\d{4}-\d{2}-\d{2}$/, 'the report date starts as today');
  await drop(page, FOLLOW_UP);
  await checked(page, 'uppfoljning-2018.json');
  const report = page.frameLocator('#report-frame');
  await report.locator(`text=${today}`).first().waitFor();

  await page.getByLabel('Rapportdatum').fill('2018-12-31');
  await page.getByLabel('Förra stormötet (valfritt)').fill('2018-06-15');
  await report.locator('text=2018-12-31').first().waitFor();
  assert.ok((await report.locator('h2').allTextContents()).includes('Försenade aktiviteter'));
  await page.locator('#report-frame').screenshot({ path: path.join(screenshots, 'report.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  assert.equal(download.suggestedFilename(), 'uppfoljning-2018-rapport-2018-12-31.html');
  const html = await fs.readFile(await download.path(), 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(html.includes('2018-12-31') && html.includes('2018-06-15'));
  assert.equal(await report.locator('h1').textContent(), html.match(/<h1[^>]*>([^<]*)</)[1]);

  // The report's contents lead to its sections, within the frame.
  await report.locator('a[href="#overdue"]').click();
  const frame = page.frames().find((f) => f.url().startsWith('blob:'));
  await page.waitForFunction(() => document.getElementById('report-frame').contentWindow.scrollY > 0);
  assert.match(frame.url(), /^blob:.*#overdue$/);

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert.equal(json.suggestedFilename(), 'uppfoljning-2018.json');
  assert.deepEqual(await fs.readFile(await json.path()), await fs.readFile(FOLLOW_UP));

  // A last stormöte after the report date is the core's error, in the page's language.
  await page.getByLabel('Förra stormötet (valfritt)').fill('2019-01-01');
  await page.locator('#report-failure').waitFor();
  assert.equal(
    await page.textContent('#report-failure'),
    'Datumet för förra stormötet (2019-01-01) är efter rapportdatumet (2018-12-31).',
  );
  assert.equal(await page.locator('#download-report').isVisible(), false);
  await context.close();
});

test('nothing leaves the browser: no request after the page has loaded, and none is allowed', async () => {
  // Service workers allowed, as for a person: it keeps the files once, then nothing is fetched.
  const { context, page } = await open({ serviceWorkers: 'allow' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /connect-src 'none'/);
  const served = server.requests.length;
  for (const file of ['/ovk-wasm.js', '/sw.js']) assert.ok(server.requests.includes(file), `${file} was served`);
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.evaluate(() => {
    self.blocked = [];
    document.addEventListener('securitypolicyviolation', (event) => self.blocked.push(event.blockedURI));
  });

  await drop(page, BORAS);
  await checked(page, 'overenskommelse.json');
  await page.setInputFiles('#file', path.join(FIVE_PROBLEMS, 'document.json'));
  await checked(page, 'document.json');
  await page.click('#language');
  await page.getByLabel('Report date').fill('2018-12-31');
  await page.frameLocator('#report-frame').locator('text=2018-12-31').first().waitFor();
  await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);

  // Were the page to try, the policy stops it before it reaches the network.
  const attempt = await page.evaluate(
    (url) => fetch(url).then(() => 'sent', () => 'refused'),
    `${server.url}probe`,
  );
  assert.equal(attempt, 'refused');
  assert.deepEqual(await page.evaluate(() => self.blocked), [`${server.url}probe`]);

  // The report is shown from a blob: URL, and downloads are made from blobs: bytes already in
  // memory, which the browser reports as requests but which go nowhere.
  assert.ok(requested.some((url) => url.startsWith('blob:')));
  assert.deepEqual(requested.filter((url) => !url.startsWith('blob:')), [], 'no request from the page or its worker');
  assert.deepEqual(server.requests.slice(served), [], 'the server was asked for nothing');
  await context.close();
});

test('the file picker, the language switch and the dates are reached with the keyboard', async () => {
  const { context, page } = await open();
  const reached = [];
  for (let i = 0; i < 5 && !reached.includes('file'); i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(reached, ['language', 'file']);
  // The focused picker shows a focus ring on what people see of it.
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('label[for="file"]')).outlineStyle);
  assert.equal(ring, 'solid');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(BORAS);
  await checked(page, 'overenskommelse.json');
  // Every control has its name from a label.
  for (const label of ['Rapportdatum', 'Förra stormötet (valfritt)']) {
    assert.equal(await page.getByLabel(label).count(), 1, label);
  }
  assert.equal(await page.getByRole('status').count(), 1);
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'language');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

test('every text on the page stands out from its background by at least 4.5 to 1', async () => {
  const { context, page } = await open();
  await page.setInputFiles('#file', path.join(FIVE_PROBLEMS, 'document.json'));
  await checked(page, 'document.json');
  const seen = await page.evaluate(() => {
    const rgb = (text) => text.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
      const linear = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const background = (node) => {
      for (let at = node; at; at = at.parentElement) {
        const colour = rgb(getComputedStyle(at).backgroundColor);
        if (colour.length < 4 || colour[3] > 0) return colour;
      }
      return [255, 255, 255];
    };
    const texts = [...document.querySelectorAll('body *')].filter((node) => node.offsetParent !== null
      && [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim()));
    return texts.map((node) => {
      const [a, b] = [luminance(rgb(getComputedStyle(node).color)), luminance(background(node))];
      return { text: node.textContent.trim().slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  });
  assert.ok(seen.length > 30, `${seen.length} texts`);
  const faint = seen.filter(({ ratio }) => ratio < 4.5);
  assert.deepEqual(faint, []);
  await context.close();
});

test('on a phone the page fits the screen', async () => {
  const { context, page } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await page.setInputFiles('#file', path.join(FIVE_PROBLEMS, 'document.json'));
  await checked(page, 'document.json');
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(scrollWidth <= innerWidth, `the page is ${scrollWidth} px wide on a ${innerWidth} px screen`);
  await page.screenshot({ path: path.join(screenshots, 'phone.png'), fullPage: true });
  await context.close();
});

test('once loaded the page opens and checks without the server', async () => {
  const own = await serve(site);
  const { context, page } = await open({ serviceWorkers: 'allow' }, own.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await own.close();
  await assert.rejects(fetch(own.url), 'the server is gone');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await drop(page, BORAS);
  assert.equal(await checked(page, 'overenskommelse.json'), 'overenskommelse.json: 0 fel, 2 varningar, 0 info.');
  await context.close();
});

test('opened from the disk, without any server, the page checks too', async () => {
  const { context, page, errors } = await open({}, pathToFileURL(path.join(site, 'index.html')).href);
  await drop(page, BORAS);
  assert.equal(await checked(page, 'overenskommelse.json'), 'overenskommelse.json: 0 fel, 2 varningar, 0 info.');
  await page.frameLocator('#report-frame').locator('h1').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('checking the Borås document in the browser: the time measured (not asserted)', async () => {
  const { context, page } = await open();
  const bytes = [...(await fs.readFile(BORAS))];
  const runs = 25;
  const measured = await page.evaluate(async ({ bytes, runs }) => {
    const core = await self.Ovk.load();
    const document = new Uint8Array(bytes);
    const times = [];
    const errors = new Set();
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const result = await core.check(document);
      times.push(performance.now() - start);
      errors.add(result.counts.errors);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], errors: [...errors] };
  }, { bytes, runs });
  assert.deepEqual(measured.errors, [0]);
  const figures = { document: 'examples/boras/overenskommelse.json', runs, ...measured };
  delete figures.errors;
  await fs.writeFile(path.join(root, 'target/web-timing.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`check of the Borås document in Chromium: median ${measured.median.toFixed(2)} ms `
    + `(min ${measured.min.toFixed(2)}, max ${measured.max.toFixed(2)}) over ${runs} runs`);
  await context.close();
});
