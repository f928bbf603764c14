// The core, compiled to WebAssembly, behind a few functions that take bytes and give what the
// core answered. The boundary it speaks is described in web/src/lib.rs.
//
// The module's bytes come from ovk-wasm.js (written by web/build.sh), not from a fetch: the
// page's Content-Security-Policy forbids every connection, and a classic script also loads
// from file://, where a fetch would not.
'use strict';

self.Ovk = (() => {
  const REPLY_SIZE = 12; // status, address, length: three little-endian u32 on wasm32

  /** A fault of the page or of the core, never of the document: the page says so. */
  class PageFault extends Error {}

  /** A file larger than the module's memory can hold. */
  class TooLarge extends Error {}

  function decodeBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });

  /**
   * The six functions of WASI preview 1 (a frozen interface) that Rust's standard library asks
   * for on wasm32-wasip1: the clock (the workbook writer reads it, for a creation date the
   * core then replaces with a fixed one), random bytes (the seed of hash tables), an empty
   * environment, the standard error of a panic (kept as the fault's detail), and exit (a
   * trap). `memory` is read afresh at each call: it may have grown.
   */
  function wasi(memory) {
    const view = () => new DataView(memory().buffer);
    let written = '';
    return {
      clock_time_get(id, precision, at) {
        view().setBigUint64(at, BigInt(Date.now()) * 1000000n, true);
        return 0;
      },
      random_get(at, length) {
        // getRandomValues fills at most 65 536 bytes at once.
        for (let start = 0; start < length; start += 65536) {
          crypto.getRandomValues(new Uint8Array(memory().buffer, at + start, Math.min(65536, length - start)));
        }
        return 0;
      },
      environ_sizes_get(count, size) {
        view().setUint32(count, 0, true);
        view().setUint32(size, 0, true);
        return 0;
      },
      environ_get() {
        return 0;
      },
      fd_write(fd, iovs, count, out) {
        let total = 0;
        for (let i = 0; i < count; i += 1) {
          const address = view().getUint32(iovs + i * 8, true);
          const length = view().getUint32(iovs + i * 8 + 4, true);
          written += new TextDecoder().decode(new Uint8Array(memory().buffer, address, length));
          total += length;
        }
        view().setUint32(out, total, true);
        return 0;
      },
      proc_exit(code) {
        throw new WebAssembly.RuntimeError(`exit ${code}${written ? `: ${written.trim()}` : ''}`);
      },
      /** What the module wrote to standard error since the last call, and forgets it. */
      take() {
        const text = written;
        written = '';
        return text.trim();
      },
    };
  }

  /** A new instance of `module`, with the WASI functions bound to its memory. */
  async function instantiate(module) {
    let memory = null;
    const system = wasi(() => memory);
    const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: system });
    memory = instance.exports.memory;
    return { instance, system };
  }

  /** The core from the bytes of ovk-wasm.js, or from `bytes` (another build of the module). */
  async function load(bytes) {
    if (!bytes && typeof self.ovkWasmBase64 !== 'string') throw new Error('ovk-wasm.js is missing');
    const module = await WebAssembly.compile(bytes || decodeBase64(self.ovkWasmBase64));
    let { instance, system } = await instantiate(module);
    // After a trap the instance's memory may be half-changed: the next call waits for a new one.
    let renewing = null;

    /**
     * Calls the export `name` with each input (bytes) as an address and a length, and
     * answers `{status, bytes}`: status 0, the answer; 1, JSON that says why there is none.
     * A call whose answer is JSON goes through `json` below; one whose answer is a file (a
     * workbook, say) takes the bytes of status 0 as they are.
     */
    async function call(name, inputs) {
      if (renewing) await renewing;
      const exports = instance.exports;
      const held = [];
      try {
        const args = [];
        for (const bytes of inputs) {
          const address = exports.ovk_alloc(bytes.length) >>> 0; // i32 to an unsigned address
          if (address === 0) throw new TooLarge();
          held.push([address, bytes.length]);
          new Uint8Array(exports.memory.buffer, address, bytes.length).set(bytes);
          args.push(address, bytes.length);
        }
        const reply = exports[name](...args) >>> 0;
        // The memory may have grown during the call: views are made afresh after it.
        const header = new DataView(exports.memory.buffer, reply, REPLY_SIZE);
        const status = header.getUint32(0, true);
        const address = header.getUint32(4, true);
        const length = header.getUint32(8, true);
        const bytes = new Uint8Array(exports.memory.buffer, address, length).slice();
        exports.ovk_reply_free(reply);
        for (const [at, size] of held) exports.ovk_free(at, size);
        return { status, bytes };
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) {
          const said = system.take();
          renewing = instantiate(module).then((fresh) => {
            ({ instance, system } = fresh);
            renewing = null;
          });
          throw new PageFault(`${name}: ${error.message}${said ? ` (${said})` : ''}`);
        }
        // No trap: the memory is whole, and what was taken for the inputs is given back.
        for (const [at, size] of held) exports.ovk_free(at, size);
        throw error;
      }
    }

    /** A call whose answer and failure are JSON: `{ok}` or `{failed: {message: {sv, en}}}`. */
    async function json(name, inputs) {
      const { status, bytes } = await call(name, inputs);
      const value = JSON.parse(decoder.decode(bytes));
      if (status === 0) return { ok: value };
      if (value.message) return { failed: value };
      throw new PageFault(value.request || value.internal || decoder.decode(bytes));
    }

    async function answer(name, inputs) {
      const result = await json(name, inputs);
      if (result.failed) throw new PageFault(result.failed.message.en);
      return result.ok;
    }

    return {
      /** The rules and the words shown beside findings, in every language. */
      catalogue: () => answer('ovk_catalogue', []),
      /** Every finding of the document in `bytes`, with its texts in every language. */
      check: (bytes) => answer('ovk_check', [bytes]),
      /** The stormöte report: `{ok: {html}}` or `{failed}`; `request` as web/src/calls.rs says. */
      reportHtml: (bytes, request) =>
        json('ovk_report_html', [bytes, encoder.encode(JSON.stringify(request))]),
      /** The document as JSON of the current format: `{ok: {json}}` or `{failed}`. */
      documentJson: (bytes) => json('ovk_document_json', [bytes]),
      /** A workbook (.xlsx) read as `ovk import` does: `{checked, json, clean}`. */
      importXlsx: (bytes) => answer('ovk_import_xlsx', [bytes]),
      /** The document as a workbook: `{ok: bytes}` or `{failed}`; `request` is `{lang}`. */
      documentXlsx: async (bytes, request) => {
        const { status, bytes: answered } = await call('ovk_document_xlsx', [bytes, encoder.encode(JSON.stringify(request))]);
        if (status === 0) return { ok: answered };
        const value = JSON.parse(decoder.decode(answered));
        if (value.message) return { failed: value };
        throw new PageFault(value.request || value.internal || decoder.decode(answered));
      },
    };
  }

  return { load, PageFault, TooLarge };
})();
