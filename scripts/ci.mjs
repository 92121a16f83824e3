// What CI runs after installing: the README's test command (`npm test`), the library build,
// the bundle, the size budgets and Storybook, then the checks on the built kit that print
// their own counts (embedding examples, the REST contract against a mock server, template
// types, strict CSP, every story). One closing line for all.
import { existsSync, statSync } from 'node:fs';
import { check, counted, finish, run } from './checklist.mjs';

await counted('npm test', 'npm', ['test']);
await check('library build (vite + d.ts)', () => run('npm', ['run', '--silent', 'build']));
await check('single-file bundle exists', () => existsSync('dist/credit-widgets.bundle.js') && statSync('dist/credit-widgets.bundle.js').size > 0);
await check('size budgets', () => run('npm', ['run', '--silent', 'size']));
await check('Storybook build', () => run('npm', ['run', '--silent', 'build-storybook']));
for (const script of ['test:examples', 'test:contract', 'test:types', 'test:csp', 'test:stories', 'test:visual']) {
  await counted(script, 'npm', ['run', '--silent', script]);
}
finish();
