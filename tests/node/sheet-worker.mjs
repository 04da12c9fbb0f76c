// A worker thread that loads httpcodes on its own and posts its answer sheet.

import { parentPort } from 'node:worker_threads';

import * as httpcodes from 'httpcodes';

import { answerSheet } from './sheet.mjs';

parentPort.postMessage(answerSheet(httpcodes));
