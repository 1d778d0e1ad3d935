// `npm run lint`: typescript-eslint's recommended-type-checked rules over src/ and test/, with the type
// information of tsconfig.test.json (which covers both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'bench/', 'scripts/', 'test/support/*.mjs', '**/*.mjs', '**/*.cjs', '**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or a destructured field kept for its position or left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what the tool wrote (JSON.parse gives `any`) and hold its shape with expect(): a wrong shape fails there.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // The same for a parsed YAML or JSON document a test reads into (`as any`), for the same reason.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/commands/program.ts', 'src/commands/program-tools.ts'],
    rules: {
      // commander hands each action its options as `any`; the commands check every value they are given (parseAsOf, parseMaxWarnings…).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
