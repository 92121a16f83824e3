export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/*.ts', 'src/**/*.layout.ts', 'src/**/*.period.ts', 'src/data/demo-data.ts', 'src/locales/*.ts', 'src/react/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between checkouts;
      // sorted, the committed manifest is the same wherever it is generated.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
      },
    },
  ],
};
