import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'media/**/*.js'] },
	js.configs.recommended,
	{ languageOptions: { globals: { ...globals.node } } },
	...tseslint.configs.strict,
	...tseslint.configs.stylistic,
	{
		rules: {
			curly: 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	// The analysis core runs in plain Node (CLI, tests, benchmarks), and so does the language
	// server (any editor starts it), and so does what the server shares with the extension (shared/):
	// none may reach for VS Code.
	{
		files: ['src/core/**', 'src/server/**', 'src/shared/**'],
		rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
	},
);
