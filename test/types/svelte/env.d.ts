// What an app adds once (e.g. in src/app.d.ts): the kit's tags in Svelte's element types.
import type {} from 'credit-widgets/svelte';
