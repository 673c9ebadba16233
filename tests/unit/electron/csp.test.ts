import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  buildCspHeader,
  SIP_CONNECT_FRAME,
} from '../../../electron/core/platform/security/csp';

const root = path.resolve(import.meta.dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    if (map.has(name)) throw new Error(`duplicate directive ${name}`);
    map.set(name, values);
  }
  return map;
}

function expectStrict(policy: string) {
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  const map = directives(policy);
  expect(map.get('default-src')).toEqual(["'self'"]);
  expect(map.get('script-src')).toEqual(["'self'"]);
  expect(map.get('object-src')).toEqual(["'none'"]);
  expect(map.get('base-uri')).toEqual(["'none'"]);
  expect(map.get('frame-src')).toEqual(["'none'"]);
  expect(map.get('connect-src')).not.toContain('*');
  return map;
}

/** The CSP meta tag of an HTML document, or null. */
function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

interface HtmlPlugin {
  name: string;
  transformIndexHtml: (html: string) => string;
}

function isHtmlPlugin(value: unknown): value is HtmlPlugin {
  return (
    typeof value === 'object' &&
    value !== null &&
    'transformIndexHtml' in value &&
    typeof value.transformIndexHtml === 'function'
  );
}

describe('the CSP served with every app:// response', () => {
  it('is strict and forbids framing', () => {
    const map = expectStrict(buildCspHeader());
    expect(map.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the CSP meta tag of the renderer', () => {
  it('renderer/index.html has the placeholder the build fills in', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(metaCsp(html)).toBe('%DIALDECK_CSP%');
  });

  it('the electron-vite renderer plugin fills it with the strict policy', async () => {
    const config = (await import('../../../electron.vite.config')).default as {
      renderer?: { plugins?: unknown[] };
    };
    const plugin = (config.renderer?.plugins ?? [])
      .flat()
      .find((candidate) => isHtmlPlugin(candidate) && candidate.name === 'dialdeck-csp');
    if (!isHtmlPlugin(plugin)) throw new Error('the dialdeck-csp plugin is missing');
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const policy = metaCsp(plugin.transformIndexHtml(html));
    expect(policy).not.toBeNull();
    expectStrict(policy ?? '');
    expect(policy).toBe(buildCsp({ connectSrc: [...SIP_CONNECT_FRAME] }));
  });

  // npm test builds before the unit tests; a bare `vitest run` on a fresh clone has no build yet.
  const built = path.join(root, 'out/renderer/index.html');
  it.runIf(fs.existsSync(built))('the built page carries it and has no inline script', () => {
    const html = fs.readFileSync(built, 'utf8');
    expectStrict(metaCsp(html) ?? '');
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
  });
});
