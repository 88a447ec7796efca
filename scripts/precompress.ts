// Writes brotli (.br) and gzip (.gz) twins of the built web app's text files, so the server
// sends them compressed with no work per request (@fastify/static `preCompressed`).
// Run after `vite build` (npm run build:web).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|wasm|xml|ico)$/;
// Below this, the headers outweigh what compression saves.
const MIN_BYTES = 1024;

/** Compresses every compressible file under `dir`; returns how many bytes each form takes. */
export function precompress(dir: string): { files: number; raw: number; br: number; gz: number } {
  const total = { files: 0, raw: 0, br: 0, gz: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      if (!COMPRESSIBLE.test(name)) continue;
      const raw = readFileSync(path);
      if (raw.length < MIN_BYTES) continue;
      const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      const gz = gzipSync(raw, { level: 9 });
      // A twin that saves nothing would only cost the client a decoding step.
      if (br.length < raw.length) writeFileSync(`${path}.br`, br);
      if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
      total.files++;
      total.raw += raw.length;
      total.br += Math.min(br.length, raw.length);
      total.gz += Math.min(gz.length, raw.length);
    }
  };
  walk(dir);
  return total;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = resolve(process.argv[2] ?? 'dist/web');
  const t = precompress(dir);
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(`precompressed ${t.files} files: ${kb(t.raw)} → brotli ${kb(t.br)}, gzip ${kb(t.gz)}`);
}
