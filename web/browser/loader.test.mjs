// The loader (web/site/ovk.js) on its own, in node: what it does when the module traps. The
// core never panics on any input it is given (the fuzz targets hold it to that), so the trap
// comes from a module of a few bytes written here, which speaks the same boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../site');

const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const vector = (items) => [...leb(items.length), ...items.flat()];
const section = (id, content) => [id, ...leb(content.length), ...content];
const name = (text) => vector([...Buffer.from(text)]);
const body = (code) => [...leb(code.length + 1), 0, ...code]; // no locals
const I32 = 0x7f;

/**
 * A module with the boundary's exports: `ovk_catalogue` answers `{}` (a reply at address 0,
 * its bytes at 16); `ovk_check` writes over those bytes, then traps.
 */
function trappingModule() {
  const types = vector([
    [0x60, 1, I32, 1, I32], // alloc: (len) -> ptr
    [0x60, 2, I32, I32, 0], // free: (ptr, len)
    [0x60, 1, I32, 0], // reply_free: (reply)
    [0x60, 2, I32, I32, 1, I32], // check: (ptr, len) -> reply
    [0x60, 0, 1, I32], // catalogue: () -> reply
  ]);
  const exports = vector([
    [...name('memory'), 2, 0],
    [...name('ovk_alloc'), 0, 0],
    [...name('ovk_free'), 0, 1],
    [...name('ovk_reply_free'), 0, 2],
    [...name('ovk_check'), 0, 3],
    [...name('ovk_catalogue'), 0, 4],
  ]);
  const code = vector([
    body([0x41, ...[0x80, 0x08], 0x0b]), // i32.const 1024
    body([0x0b]),
    body([0x0b]),
    // i32.const 16; i32.const 'X'; i32.store8; unreachable
    body([0x41, 16, 0x41, 0xd8, 0x00, 0x3a, 0, 0, 0x00, 0x0b]),
    body([0x41, 0, 0x0b]), // i32.const 0
  ]);
  const reply = [0, 0, 0, 0, 16, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, ...Buffer.from('{}')];
  const data = vector([[0, 0x41, 0, 0x0b, ...vector(reply)]]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, types),
    ...section(3, vector([0, 1, 2, 3, 4])),
    ...section(5, vector([[0, 1]])),
    ...section(7, exports),
    ...section(10, code),
    ...section(11, data),
  ]);
}

async function loader() {
  const scope = { WebAssembly, atob, TextEncoder, TextDecoder };
  scope.self = scope;
  vm.runInNewContext(await fs.readFile(path.join(site, 'ovk.js'), 'utf8'), scope);
  return scope.Ovk;
}

test('after a trap the loader reports a fault of the page and answers the next call from a fresh module', async () => {
  const Ovk = await loader();
  const core = await Ovk.load(trappingModule());
  assert.deepEqual({ ...(await core.catalogue()) }, {});
  await assert.rejects(core.check(new Uint8Array([1, 2, 3])), (error) => {
    assert.ok(error instanceof Ovk.PageFault, `${error}`);
    assert.match(error.message, /^ovk_check: /);
    return true;
  });
  // The trapped module's memory says "X}" where "{}" stood: only a fresh one answers "{}".
  assert.deepEqual({ ...(await core.catalogue()) }, {});
});
