// @ts-check
/**
 * Lint: ESLint's recommended rules and typescript-eslint's strict type-checked ones for the code,
 * eslint-plugin-astro's for the pages and components. `npm run lint` runs it with Prettier's check
 * and allows no warning.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.dist-*/',
      '.dist-building/',
      'node_modules/',
      '.astro/',
      'bench/work/',
      'tests/**/fixtures/',
      'tests/**/fixture/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages and paths (`line ${line}`) read as they should; objects and undefined do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { venue: _venue, ...rest } = event` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // vitest's asymmetric matchers (`expect.stringMatching(…)`, `expect.any(…)`) are typed `any`.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // This file configures the others; the type-aware rules have no program to check it against.
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], project: true, projectService: false } },
    rules: {
      // The TypeScript program ESLint sees has no types for an Astro template's elements, so every
      // `{list.map((item) => <li>…</li>)}` would "return an error-typed value", and a value read from
      // a collection entry's data is "error-typed" too. The front matter is
      // still checked by the other type-aware rules, and `astro check` types the templates.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
