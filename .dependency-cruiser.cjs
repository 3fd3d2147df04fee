/**
 * The architecture, checked on every `npm test` (DESIGN.md, "Layout"; ARCHITECTURE.md):
 * - src/ runs in the browser (and is prerendered), server/ on the server, build/ only while Vite builds;
 * - no folder imports a folder that imports it back, however long the loop;
 * - nothing under src/ exists for the server or the build alone: every module there is reached from a browser entry.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'A folder that imports a folder importing it back cannot be read, tested or loaded on its own.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src|server|build)/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^(src|server|build)/' },
      to: { circular: true },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      comment: 'src/ runs on phones: it must not pull in the server (database, secrets) or build-time code (Vite, opencc, pinyin-pro).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(server|build)/' },
    },
    {
      name: 'pages-load-the-sender-when-sending',
      comment:
        'The outbox\'s sender (sender, sync, deliver, and the index that re-exports them) is 3 KB no form needs to show: pages import the ' +
        'drafts, records and broadcast modules they use, and load the sender through deliver-queued.ts. A static import put it in the ' +
        'forms\' first view and over their budget. The worker imports the sender itself.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sw\\.ts|requests/outbox/(index|sender|sync|deliver)\\.ts)$' },
      to: { path: '^src/requests/outbox/(index|sender|sync|deliver)\\.ts$', dynamic: false },
    },
    {
      name: 'the-build-does-not-run-the-server',
      severity: 'error',
      from: { path: '^build/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-server-only-module-in-src',
      comment: 'A module under src/ that no browser entry reaches is server-only or build-only: it belongs under server/ or build/.',
      severity: 'error',
      // The browser's entries: the app, the service worker, and the display-settings boot script (inline in every page's head).
      from: { path: '^src/(main|sw|prefs/boot)\\.[jt]sx?$' },
      to: { path: '^src/', pathNot: ['^src/(main|sw|prefs/boot)\\.[jt]sx?$', '\\.d\\.ts$', '\\.examples\\.tsx$', '\\.css$'], reachable: false },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests run in Node and may read build-time code (the content loader) to check the real content: they are not
    // part of the architecture they test.
    exclude: { path: ['(^|/)(node_modules|dist)/', '\\.(test|spec)\\.tsx?$', '(^|/)test-[^/]+\\.ts$', '^server/test/'] },
    tsPreCompilationDeps: true,
    // TypeScript 7 (the project's type checker) has no JavaScript API for dependency-cruiser to parse with: Babel reads
    // the .ts and .tsx files instead (scripts/architecture/), type-only imports kept as imports.
    babelConfig: { fileName: 'scripts/architecture/babel.config.json' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
