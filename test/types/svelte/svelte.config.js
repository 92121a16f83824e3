// Here so that svelte-check stops looking for a configuration (it would find the kit's
// vite.config.ts, which has no Svelte plugin): the fixtures need none.
export default {};
