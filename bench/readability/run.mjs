// Runs Mozilla Readability (with jsdom) over every page of an extraction benchmark directory in one process.
// Writes one {"id", "text"} JSON line per page to the output file, then one summary line on stdout:
// {"pages", "seconds", "maxRssMiB"}. Usage: node run.mjs BENCH_DIR OUT.jsonl
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [dir, outFile] = process.argv.slice(2);
const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const out = fs.openSync(outFile, 'w');
const quiet = new VirtualConsole(); // pages' own CSS and script errors are not ours to print

const start = process.hrtime.bigint();
for (const id of ids) {
  const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', id + '.html.gz'))).toString('utf8');
  let text = '';
  try {
    const dom = new JSDOM(html, { url: truth[id].url || 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    text = '';
  }
  fs.writeSync(out, JSON.stringify({ id, text }) + '\n');
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.closeSync(out);
console.log(JSON.stringify({ pages: ids.length, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
