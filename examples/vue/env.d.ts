// Lets TypeScript (npm run typecheck) import the single-file component; Vite compiles it.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
