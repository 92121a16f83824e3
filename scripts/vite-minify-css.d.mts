import type { Plugin } from 'vite';

export function minifyCss(text: string, filename?: string): string | undefined;
export function minifyCssLiterals(code: string, id: string): string;
export function minifyCssLiteralsPlugin(): Plugin;
