// Replays the fuzz corpora and regressions (fuzz/corpus, fuzz/regressions) through the Node
// fuzz checks (fuzz/node/checks.mjs): the build under test and the pure-JS build answer as the
// vectors say and as each other. Run in both passes of the suite (addon, and addon hidden).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadBuilds } from '../../fuzz/node/checks.mjs';
import { replay } from '../../fuzz/node/replay.mjs';

const FUZZ = new URL('../../fuzz/', import.meta.url).pathname;

test('the fuzz seeds and regressions replay through both builds', async () => {
  const builds = await loadBuilds(process.env.HTTPCODES_EXPECT_BACKEND === 'js' ? 'js' : 'native');
  const values = replay(builds, [`${FUZZ}corpus/core`, `${FUZZ}corpus/c`, `${FUZZ}regressions`]);
  assert.ok(values > 0);
});
