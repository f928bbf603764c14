// The browser validator end to end: the page built by web/build.sh (target/web), served from
// 127.0.0.1 by serve.mjs, in Debian's Chromium driven by playwright-core. Screenshots of what
// a person sees go to target/web-screenshots/, the timing of a check to target/web-timing.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = process.env.OVK_WEB_DIR || path.join(root, 'target/web');
const screenshots = path.join(root, 'target/web-screenshots');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
// The command line, for the workbooks a kommun has (`ovk export`) and to read back what the
// page gives (`ovk import`): `make web-test` builds it.
const OVK = process.env.OVK || path.join(root, 'target/debug/ovk');

const BORAS = path.join(root, 'examples/boras/overenskommelse.json');
const FOLLOW_UP = path.join(root, 'examples/boras/uppfoljning-2018.json');
const FIVE_PROBLEMS = path.join(root, 'tests/conformance/cases/200-five-problems');
const SYNTAX_ERROR = path.join(root, 'tests/conformance/cases/001-syntax-missing-comma/document.json');

let server;
let browser;
let scratch;

/** Runs `ovk` with `args`; answers its exit code and standard output. */
function ovk(...args) {
  try {
    return { code: 0, stdout: execFileSync(OVK, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    return { code: error.status, stdout: error.stdout };
  }
}

/** The workbook `ovk export` writes of the document at `file`, saved as `name` in the scratch folder. */
function exported(file, name) {
  const out = path.join(scratch, name);
  assert.equal(ovk('export', file, '--format', 'xlsx', '-o', out).code, 0);
  return out;
}

before(async () => {
  await fs.access(path.join(site, 'ovk-wasm.js')).catch(() => {
    throw new Error(`${site} is not built: run web/build.sh (make web) first`);
  });
  await fs.access(OVK).catch(() => {
    throw new Error(`${OVK} is not built: run cargo build -p ovk (make web-test does) first`);
  });
  await fs.mkdir(screenshots, { recursive: true });
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'ovk-web-'));
  server = await serve(site);
  browser = await chromium.launch({ executablePath });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
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
    data.items.add(new File([new Uint8Array(bytes)], name));
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

test('the Borås workbook written by ovk export, dropped on the page, has no errors and its warnings at their cells', async () => {
  const { context, page, errors } = await open();
  await drop(page, exported(BORAS, 'boras.xlsx'));
  const status = await checked(page, 'boras.xlsx');
  assert.equal(status, 'boras.xlsx: 0 fel, 2 varningar, 0 info.');
  assert.equal(await page.locator('[data-severity="error"]').count(), 0);
  const places = await page.locator('[data-severity="warning"] .place').allTextContents();
  assert.equal(places.length, 2);
  // The cell a person edits, then the pointer; no line, which would count in JSON they never saw.
  for (const place of places) assert.match(place, /^Plats: Aktiviteter![A-Z]+\d+ \(\/action_plans\/\d+\/activities\/\d+\/\w+\)$/);
  assert.equal(await page.textContent('#document-title'), 'Överenskommelsen i Borås');
  await page.frameLocator('#report-frame').locator('h1').waitFor();
  assert.equal(await page.locator('#download-json').isVisible(), true);
  assert.equal(await page.locator('#download-xlsx').isVisible(), true);
  assert.equal(await page.locator('#import-incomplete').isVisible(), false);
  await page.screenshot({ path: path.join(screenshots, 'workbook.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken workbook shows its import problems at their cells, then the findings of what was read, and offers no download', async () => {
  const { context, page, errors } = await open();
  const broken = path.join(scratch, 'trasig.xlsx');
  const cell = execFileSync('python3', [path.join(root, 'web/browser/break_workbook.py'), exported(FOLLOW_UP, 'uppfoljning.xlsx'), broken], { encoding: 'utf8' }).trim();
  // What `ovk import` says of the same file, for people and for programs.
  const cli = ovk('import', broken, '--format', 'json', '-o', path.join(scratch, 'trasig.json'));
  assert.equal(cli.code, 1);
  const expected = JSON.parse(cli.stdout).findings;
  const problems = expected.filter((finding) => finding.code.startsWith('OVK-XLS-'));
  assert.deepEqual(problems.map((problem) => problem.cell), [cell]);

  await page.setInputFiles('#file', broken);
  const status = await checked(page, 'trasig.xlsx');
  const count = (severity) => expected.filter((finding) => finding.severity === severity).length;
  assert.equal(status, `trasig.xlsx: ${count('error')} fel, ${count('warning')} varningar, ${count('info')} info.`);
  assert.equal(await page.locator('.finding').count(), expected.length);
  const problem = page.locator(`article.rule[data-code="${problems[0].code}"]`);
  assert.equal(await problem.locator('.pointer').textContent(), `${cell} (${problems[0].path})`);
  assert.match(await problem.locator('.message').textContent(), /”i vår”/);
  assert.equal(await problem.locator('.line').count(), 0);
  for (const finding of expected.filter((finding) => !finding.code.startsWith('OVK-XLS-'))) {
    const pointers = await page.locator(`article.rule[data-code="${finding.code}"] .pointer`).allTextContents();
    assert.ok(pointers.includes(`${finding.cell} (${finding.path})`), `${finding.code} at ${finding.cell}`);
  }
  // A cell was left out: the report shows what was read, nothing is offered as the document.
  await page.frameLocator('#report-frame').locator('h1').waitFor();
  assert.equal(await page.locator('#download-json').isVisible(), false);
  assert.equal(await page.locator('#download-xlsx').isVisible(), false);
  assert.match(await page.textContent('#import-incomplete'), /^Celler med fel i arbetsboken lämnades utanför/);
  await page.screenshot({ path: path.join(screenshots, 'broken-workbook.png'), fullPage: true });

  // Bytes that are no workbook at all, named as one, are the core's problem too, not a fault.
  await page.setInputFiles('#file', { name: 'inte.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not a zip') });
  await checked(page, 'inte.xlsx');
  assert.equal(await page.locator('article.rule[data-code="OVK-XLS-001"]').count(), 1);
  assert.equal(await page.locator('#report-unreadable').isVisible(), true);
  // No document was read: nothing was left out of one.
  assert.equal(await page.locator('#import-incomplete').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the document downloads as a workbook that ovk import reads back to the same document', async () => {
  const { context, page, errors } = await open();
  await drop(page, FOLLOW_UP);
  await checked(page, 'uppfoljning-2018.json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
  assert.equal(download.suggestedFilename(), 'uppfoljning-2018.xlsx');
  const downloaded = path.join(scratch, 'nedladdad.xlsx');
  await download.saveAs(downloaded);
  // The same bytes as the command line writes: the workbook does not depend on where it is made.
  assert.deepEqual(await fs.readFile(downloaded), await fs.readFile(exported(FOLLOW_UP, 'cli.xlsx')));
  const back = path.join(scratch, 'tillbaka.json');
  const imported = ovk('import', downloaded, '-o', back);
  assert.equal(imported.code, 0, imported.stdout);
  // The document read back writes the same workbook again: nothing was lost or changed.
  assert.deepEqual(await fs.readFile(exported(back, 'igen.xlsx')), await fs.readFile(downloaded));

  // Dropped on the page, the downloaded workbook and the document read back from it give
  // the findings of the original.
  const original = await page.locator('.finding').allTextContents();
  for (const file of [downloaded, back]) {
    await drop(page, file);
    await checked(page, path.basename(file));
    const seen = await page.locator('.finding').allTextContents();
    // The workbook's findings are placed at cells, the JSON's at lines: the messages agree.
    assert.deepEqual(
      await page.locator('.finding .message').allTextContents(),
      original.map((text) => text.split('Plats:')[0]),
    );
    assert.equal(seen.length, original.length);
  }

  // In English the workbook has English sheets and headers, as `ovk export --lang en` writes.
  await page.click('#language');
  const [english] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
  const englishFile = path.join(scratch, 'english.xlsx');
  await english.saveAs(englishFile);
  const cliEnglish = path.join(scratch, 'cli-en.xlsx');
  assert.equal(ovk('export', back, '--format', 'xlsx', '--lang', 'en', '-o', cliEnglish).code, 0);
  assert.deepEqual(await fs.readFile(englishFile), await fs.readFile(cliEnglish));
  assert.deepEqual(errors, []);
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

test('checking the Borås document in the browser, and its workbook in and out: the time measured (not asserted)', async () => {
  const { context, page } = await open();
  const bytes = [...(await fs.readFile(BORAS))];
  const workbook = [...(await fs.readFile(exported(BORAS, 'tid.xlsx')))];
  const runs = 25;
  const measured = await page.evaluate(async ({ bytes, workbook, runs }) => {
    const core = await self.Ovk.load();
    const document = new Uint8Array(bytes);
    const file = new Uint8Array(workbook);
    const median = async (call) => {
      const times = [];
      const answers = new Set();
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        const answer = await call();
        times.push(performance.now() - start);
        answers.add(answer);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], answers: [...answers] };
    };
    return {
      check: await median(async () => (await core.check(document)).counts.errors),
      importXlsx: await median(async () => (await core.importXlsx(file)).checked.counts.errors),
      documentXlsx: await median(async () => (await core.documentXlsx(document, { lang: 'sv' })).ok.length),
    };
  }, { bytes, workbook, runs });
  assert.deepEqual(measured.check.answers, [0]);
  assert.deepEqual(measured.importXlsx.answers, [0]);
  assert.equal(measured.documentXlsx.answers.length, 1, 'the same workbook every time');
  const figures = { document: 'examples/boras/overenskommelse.json', runs };
  for (const [call, { answers, ...times }] of Object.entries(measured)) {
    figures[call] = times;
    console.log(`${call} of the Borås document in Chromium: median ${times.median.toFixed(2)} ms `
      + `(min ${times.min.toFixed(2)}, max ${times.max.toFixed(2)}) over ${runs} runs`);
  }
  await fs.writeFile(path.join(root, 'target/web-timing.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await context.close();
});
