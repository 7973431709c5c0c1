// @ts-check
/**
 * Lint: ESLint's recommended rules and typescript-eslint's strict type-checked ones for the code,
 * eslint-plugin-astro's for the pages and components. `npm run lint` runs it with Prettier's check
 * and allows no warning.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.dist-*/', '.dist-building/', 'node_modules/', '.astro/', 'bench/work/', 'tests/**/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages and paths (`line ${line}`) read as they should; objects and undefined do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], projectService: true } },
  },
);
