// The page: a file in, the core's findings grouped by severity and rule, the stormöte report,
// and the downloads. It decides nothing about a document; every such word is the core's.
'use strict';

(() => {
  const TEXT = self.OVK_TEXT;
  const $ = (id) => document.getElementById(id);
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  const state = {
    lang: 'sv',
    core: null,
    catalogue: null,
    /**
     * The document being shown: `{name, bytes, checked, json}`. `bytes` are the document's JSON
     * (for a workbook, what the core read from it; null when it holds none); `json` is null when
     * the document cannot be written whole, and then nothing is offered to download.
     */
    current: null,
    /** The report's HTML as last made, for the download, and the address the frame shows it at. */
    reportHtml: null,
    reportUrl: null,
    /** What the status line says: a key of TEXT and its arguments, so a language switch redraws it. */
    status: { key: 'loadingCore', args: {} },
  };

  function fill(template, args) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
  }

  function say(key, args = {}) {
    state.status = { key, args };
    showStatus();
  }

  function showStatus() {
    const { key, args } = state.status;
    const words = {};
    for (const [name, value] of Object.entries(args)) {
      // An argument in every language (the core's summary) is shown in the page's.
      words[name] = value && typeof value === 'object' ? value[state.lang] : value;
    }
    $('status').textContent = fill(TEXT[state.lang][key], words);
  }

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    for (const child of children) node.append(child);
    return node;
  }

  function today() {
    const now = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  }

  function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // -- The page's own words -------------------------------------------------------------------

  function translate() {
    const words = TEXT[state.lang];
    document.documentElement.lang = state.lang;
    document.title = words.title;
    for (const node of document.querySelectorAll('[data-text]')) {
      node.textContent = words[node.dataset.text];
    }
    for (const node of document.querySelectorAll('[data-label]')) {
      node.setAttribute('aria-label', words[node.dataset.label]);
    }
    for (const node of document.querySelectorAll('[data-title]')) {
      node.setAttribute('title', words[node.dataset.title]);
    }
    $('language').lang = state.lang === 'sv' ? 'en' : 'sv';
    showStatus();
  }

  // -- Findings -------------------------------------------------------------------------------

  function renderFindings() {
    const { checked } = state.current;
    const words = TEXT[state.lang];
    const lang = state.lang;
    // The agreement's own title, in the page's language where the document has it.
    $('document-title').hidden = checked.title === null;
    $('document-title').textContent = checked.title ? checked.title[lang] : '';
    const container = $('findings');
    container.replaceChildren();
    if (checked.findings.length === 0) {
      container.append(element('p', { class: 'none' }, words.noFindings));
      return;
    }
    for (const severity of state.catalogue.severities) {
      const ofSeverity = checked.findings.filter((f) => f.severity === severity.code);
      if (ofSeverity.length === 0) continue;
      const section = element('section', { class: `severity ${severity.code}`, 'data-severity': severity.code });
      section.append(element('h3', {}, `${capitalized(severity.label[lang])} (${ofSeverity.length})`));
      for (const rule of state.catalogue.rules) {
        const ofRule = ofSeverity.filter((f) => f.code === rule.code);
        if (ofRule.length === 0) continue;
        section.append(renderRule(rule, ofRule));
      }
      container.append(section);
    }
  }

  function renderRule(rule, findings) {
    const words = TEXT[state.lang];
    const lang = state.lang;
    const group = element('article', { class: 'rule', 'data-code': rule.code });
    group.append(
      element('h4', {}, element('code', {}, rule.code), ` ${rule.title[lang]} `,
        element('span', { class: 'count' }, `(${fill(words.findingCount, { count: findings.length })})`)),
      element('p', { class: 'explanation' }, rule.explanation[lang]),
    );
    const ruleHint = rule.hint ? rule.hint[lang] : null;
    if (ruleHint) {
      group.append(element('p', { class: 'hint' }, element('strong', {}, words.whatToDo), ` ${ruleHint}`));
    }
    const list = element('ol', { class: 'findings' });
    for (const finding of findings) {
      const item = element('li', { class: 'finding' });
      item.append(element('p', { class: 'message' }, finding.message[lang]));
      const place = element('p', { class: 'place' }, element('strong', {}, words.where), ' ',
        element('code', { class: 'pointer' }, finding.place[lang]));
      if (finding.line != null && finding.column != null) {
        place.append(' · ', element('span', { class: 'line' },
          fill(words.lineColumn, { line: finding.line, column: finding.column })));
      }
      item.append(place);
      const hint = finding.hint ? finding.hint[lang] : null;
      if (hint && hint !== ruleHint) {
        item.append(element('p', { class: 'hint' }, element('strong', {}, words.whatToDo), ` ${hint}`));
      }
      list.append(item);
    }
    group.append(list);
    return group;
  }

  // -- The report -----------------------------------------------------------------------------

  async function renderReport() {
    const { checked, bytes } = state.current;
    $('report').hidden = false;
    $('report-unreadable').hidden = checked.readable;
    $('report-controls').hidden = !checked.readable;
    state.reportHtml = null;
    if (!checked.readable) return;
    const request = { lang: state.lang, today: today() };
    if ($('as-of').value) request.as_of = $('as-of').value;
    if ($('since').value) request.since = $('since').value;
    const result = await state.core.reportHtml(bytes, request);
    const failure = $('report-failure');
    const frame = $('report-frame');
    if (result.failed) {
      failure.textContent = result.failed.message[state.lang];
      failure.hidden = false;
      frame.hidden = true;
      $('download-report').hidden = true;
      return;
    }
    failure.hidden = true;
    frame.hidden = false;
    $('download-report').hidden = false;
    state.reportHtml = result.ok.html;
    // From a blob, not srcdoc: a srcdoc page resolves its links against this page's address, so
    // the report's contents (links to #overdue…) would load this page into the frame.
    if (state.reportUrl) URL.revokeObjectURL(state.reportUrl);
    state.reportUrl = URL.createObjectURL(new Blob([result.ok.html], { type: 'text/html; charset=utf-8' }));
    frame.src = state.reportUrl;
  }

  // -- Checking a file ------------------------------------------------------------------------

  /** A workbook (.xlsx) is a zip archive: its bytes start with "PK\x03\x04". */
  function isWorkbook(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  }

  /** `{bytes, checked, json}` of a document (JSON) or a workbook, as the core answers them. */
  async function read(bytes) {
    if (isWorkbook(bytes)) {
      const imported = await state.core.importXlsx(bytes);
      const text = imported.json === null ? null : new TextEncoder().encode(imported.json);
      // A cell with a problem was left out of the document: nothing is offered that lost it.
      const written = text && imported.clean ? await state.core.documentJson(text) : null;
      return {
        bytes: text,
        checked: imported.checked,
        json: written && written.ok ? written.ok.json : null,
        incomplete: text !== null && !imported.clean,
      };
    }
    const checked = await state.core.check(bytes);
    const written = await state.core.documentJson(bytes);
    return { bytes, checked, json: written.ok ? written.ok.json : null, incomplete: false };
  }

  async function checkFile(file) {
    if (!file || !state.core) return;
    say('checking', { name: file.name });
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      say('cannotReadFile', { name: file.name, detail: error.message });
      return;
    }
    try {
      const { bytes: documentBytes, checked, json, incomplete } = await read(bytes);
      state.current = { name: file.name, bytes: documentBytes, checked, json };
      $('results').hidden = false;
      $('document-actions').hidden = state.current.json === null;
      $('import-incomplete').hidden = !incomplete;
      $('download-failure').hidden = true;
      renderFindings();
      await renderReport();
      say('checked', { name: file.name, summary: checked.summary });
    } catch (error) {
      if (error instanceof self.Ovk.TooLarge) {
        say('tooLarge', { name: file.name });
      } else {
        say('pageFault', { detail: error.message });
      }
    }
  }

  function download(content, type, name) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = element('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  function baseName(name) {
    return name.replace(/\.[^.]*$/, '') || 'overenskommelse';
  }

  // -- Wiring ---------------------------------------------------------------------------------

  async function redraw() {
    translate();
    if (!state.current) return;
    renderFindings();
    try {
      await renderReport();
    } catch (error) {
      say('pageFault', { detail: error.message });
    }
  }

  function wire() {
    $('language').addEventListener('click', () => {
      state.lang = state.lang === 'sv' ? 'en' : 'sv';
      redraw();
    });
    $('file').addEventListener('change', (event) => {
      checkFile(event.target.files[0]);
      // The same file chosen again is checked again.
      event.target.value = '';
    });
    // A file dropped anywhere on the page is checked, never opened in place of the page.
    document.addEventListener('dragover', (event) => {
      event.preventDefault();
      $('drop').classList.add('dragging');
    });
    document.addEventListener('dragleave', (event) => {
      if (!event.relatedTarget) $('drop').classList.remove('dragging');
    });
    document.addEventListener('drop', (event) => {
      event.preventDefault();
      $('drop').classList.remove('dragging');
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) checkFile(file);
    });
    for (const id of ['as-of', 'since']) {
      $(id).addEventListener('change', () => {
        if (state.current) renderReport().catch((error) => say('pageFault', { detail: error.message }));
      });
    }
    $('download-json').addEventListener('click', () => {
      if (state.current && state.current.json !== null) {
        download(state.current.json, 'application/json', `${baseName(state.current.name)}.json`);
      }
    });
    $('download-xlsx').addEventListener('click', async () => {
      if (!state.current || state.current.json === null) return;
      const current = state.current;
      try {
        const result = await state.core.documentXlsx(new TextEncoder().encode(current.json), { lang: state.lang });
        const failure = $('download-failure');
        failure.hidden = !result.failed;
        if (result.failed) {
          failure.textContent = result.failed.message[state.lang];
          return;
        }
        download(result.ok, XLSX_TYPE, `${baseName(current.name)}.xlsx`);
      } catch (error) {
        say('pageFault', { detail: error.message });
      }
    });
    $('download-report').addEventListener('click', () => {
      if (state.reportHtml === null) return;
      const date = $('as-of').value || today();
      const name = `${baseName(state.current.name)}-${TEXT[state.lang].reportFileName}-${date}.html`;
      download(state.reportHtml, 'text/html', name);
    });
  }

  async function start() {
    $('as-of').value = today();
    wire();
    translate();
    try {
      state.core = await self.Ovk.load();
      state.catalogue = await state.core.catalogue();
    } catch (error) {
      say('cannotStart', { detail: error.message });
      return;
    }
    $('file').disabled = false;
    document.body.dataset.ready = 'true';
    say('ready');
    // Offline once loaded: the service worker keeps the page's files (not possible from file://).
    if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
      navigator.serviceWorker.register('sw.js').catch(() => {});
    }
  }

  start();
})();
