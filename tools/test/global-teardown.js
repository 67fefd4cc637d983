const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__HC_TEST_PG__;
  if (!state) return;
  globalThis.__HC_TEST_PG__ = undefined;
  await state.pg.stop();
  rmSync(state.dir, { recursive: true, force: true });
};
