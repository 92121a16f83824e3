export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.layout.ts', 'src/**/*.period.ts', 'src/data/demo-data.ts', 'src/i18n/locales/*.ts', 'src/react/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
