// The peers of scripts/compare-peers.sh on the same articles: wink-nlp (its English lite
// model: tokens, sentences, parts of speech, entities) and compromise (its document
// analysis), each over every article of a JSON Lines batch, timed in-process after
// loading. Prints one figure per line as `name: value unit`.
//
//   node peers.mjs MODULES_DIR FILE.jsonl
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, file] = process.argv.slice(2);
const require = createRequire(join(modules, 'node_modules', 'x.js'));
const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`peers_input_mb: ${(bytes / 1e6).toFixed(2)} MB`);

function measure(name, run) {
  const start = process.hrtime.bigint();
  let items = 0;
  for (const t of texts) items += run(t);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name}_mb_per_s: ${(bytes / 1e6 / secs).toFixed(3)} MB/s`);
  console.log(`${name}_items: ${items}`);
}

const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
measure('wink', (t) => {
  const doc = nlp.readDoc(t);
  // what an attribution extractor needs of it: sentences, tagged tokens, entities
  return doc.sentences().length() + doc.tokens().out(its.pos).length + doc.entities().length();
});

const compromise = require('compromise');
measure('compromise', (t) => {
  const doc = compromise(t);
  return doc.sentences().length + doc.quotations().length + doc.people().length;
});
