// The differential dumper writes the agreed format: checked on inputs whose answers the vectors
// give, including integers past 64 bits and bytes that are not UTF-8.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { expectedCode, fieldText, headerFields, readVectors, statuses } from './vectors.mjs';

const dumper = fileURLToPath(new URL('./differential.mjs', import.meta.url));

for (const backend of ['native', 'js']) {
  const hidden = process.env.HTTPCODES_EXPECT_BACKEND === 'js' && backend === 'native' && 'the addon is hidden in this run';
  test(`differential.mjs --backend ${backend} INTS PHRASES OUT`, { skip: hidden }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpcodes-differential-'));
    try {
      const ints = ['404', '-9223372036854775809', '18446744073709551616', '18446744073710000404', '499', '-0', '302'];
      const reverse = readVectors('reverse');
      const hexes = [
        ...reverse.map(({ input }) => Buffer.from(input, 'utf8').toString('hex')),
        'ff4e6f7420466f756e64', // 0xFF, then "Not Found": not UTF-8
        '4e6f7420466f756e64c3', // "Not Found", then a cut-off sequence
        '4e4f545f464f554e44', // NOT_FOUND
      ];
      writeFileSync(join(dir, 'ints'), `${ints.join('\n')}\n`);
      writeFileSync(join(dir, 'phrases'), `${hexes.join('\n')}\n`);
      execFileSync(process.execPath, [dumper, '--backend', backend, join(dir, 'ints'), join(dir, 'phrases'), join(dir, 'out')]);
      const lines = readFileSync(join(dir, 'out'), 'utf8').split('\n');
      assert.equal(lines.pop(), '');
      assert.equal(lines.length, ints.length + hexes.length);

      // A listed code's line ends with its facts (facts.tsv) and header fields (header_fields.tsv,
      // `-` for none); an unlisted one's with four `-`. The flags are core's ten, in its order.
      const factsOf = (code) => {
        const row = readVectors('facts').find((facts) => Number(facts.code) === code);
        const fields = headerFields().filter((field) => field.code === code);
        const shown = fields.map(fieldText).join('; ') || '-';
        return `${row.registered_phrase}\t${row.reference}\t${row.description}\t${shown}`;
      };
      const found = statuses().find((row) => row.code === 302);
      assert.deepEqual(lines.slice(0, ints.length), [
        `Not Found\tNOT_FOUND\tClient Error\t0001010001\t${factsOf(404)}`,
        '-\t-\t-\t0000000000\t-\t-\t-\t-',
        '-\t-\t-\t0000000000\t-\t-\t-\t-',
        '-\t-\t-\t0000000000\t-\t-\t-\t-',
        '-\t-\tClient Error\t0001010000\t-\t-\t-\t-',
        '-\t-\t-\t0000000000\t-\t-\t-\t-',
        `${found.phrase}\t${found.name}\tRedirection\t0010001000\t${factsOf(302)}`,
      ]);
      const phraseLines = lines.slice(ints.length);
      reverse.forEach(({ input, expected }, i) => {
        assert.equal(phraseLines[i].split('\t')[0], String(expectedCode(expected) ?? '-'), JSON.stringify(input));
      });
      assert.deepEqual(phraseLines.slice(reverse.length), ['-\t-', '-\t-', '-\t404']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
