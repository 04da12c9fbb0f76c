// Lookups are pure and thread-safe: four worker threads, each loading the addon, give the main
// thread's answers exactly.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';

import * as httpcodes from 'httpcodes';

import { answerSheet } from './sheet.mjs';

const WORKERS = 4;

function sheetFromWorker() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sheet-worker.mjs', import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}`));
    });
  });
}

test(`${WORKERS} worker threads give identical answers`, async () => {
  const sheets = await Promise.all(Array.from({ length: WORKERS }, sheetFromWorker));
  const main = answerSheet(httpcodes);
  assert.ok(main.lines > 72000);
  for (const sheet of sheets) assert.deepEqual(sheet, main);
});
