// Bundles the UI and copies the bpmn-js stylesheets and font into one static folder.
// The output goes where Maven asks (GAPWISE_STATIC_OUT) so the jar carries it; nothing loads from a CDN.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.GAPWISE_STATIC_OUT || join(here, 'target', 'classes', 'static');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'vendor'), { recursive: true });

await esbuild.build({
  entryPoints: [join(here, 'src', 'app.js'), join(here, 'src', 'login.js')],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: out,
  logLevel: 'warning'
});

cpSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
cpSync(join(here, 'src', 'login.html'), join(out, 'login.html'));
cpSync(join(here, 'src', 'app.css'), join(out, 'app.css'));
cpSync(join(here, 'src', 'favicon.svg'), join(out, 'favicon.svg'));
const assets = join(here, 'node_modules', 'bpmn-js', 'dist', 'assets');
cpSync(assets, join(out, 'vendor', 'bpmn-js'), { recursive: true });
console.log(`frontend built into ${out}`);
