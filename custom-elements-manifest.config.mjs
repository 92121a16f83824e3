export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.layout.ts', 'src/data/demo-data.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
