import { describe, expect, it } from 'vitest';
import { filesForPage, type Manifest } from './bundle-size.js';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['pages/Today.tsx', 'pages/Welcome.tsx'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_client.js': { file: 'assets/client.js', imports: ['_react.js'], dynamicImports: ['_zxcvbn.js'] },
  '_zxcvbn.js': { file: 'assets/zxcvbn.js' },
  'pages/Today.tsx': { file: 'assets/Today.js', imports: ['_client.js', 'index.html'] },
  'pages/Welcome.tsx': { file: 'assets/Welcome.js', imports: ['_react.js'] },
};

describe('first-load files of a page', () => {
  it('is the entry and its static imports when no page is named', () => {
    expect(filesForPage(manifest, null).sort()).toEqual(['assets/index.js', 'assets/react.js']);
  });

  it("adds the page's chunk and what it imports statically, never what loads later", () => {
    expect(filesForPage(manifest, 'pages/Today.tsx').sort()).toEqual(['assets/Today.js', 'assets/client.js', 'assets/index.js', 'assets/react.js']);
    expect(filesForPage(manifest, 'pages/Welcome.tsx')).not.toContain('assets/client.js');
  });

  it('refuses a page the build does not have', () => {
    expect(() => filesForPage(manifest, 'pages/Missing.tsx')).toThrow(/no chunk/);
  });
});
