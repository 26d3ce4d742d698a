import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
	contributes: {
		colors: { id: string; defaults: Record<string, string> }[];
		keybindings: { command: string; key: string; when?: string }[];
		configurationDefaults: Record<string, Record<string, unknown>>;
	};
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;

suite('the editor manifest', () => {
	test('every colour has a default for light, dark and both high-contrast themes', () => {
		for (const color of manifest.contributes.colors) {
			assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
		}
	});

	test('the quotation background is a faint tint that leaves the text readable', () => {
		const { defaults } = manifest.contributes.colors.find((color) => color.id === 'crossread.quotationBackground')!;
		for (const kind of ['light', 'dark']) {
			assert.match(defaults[kind], /^#[0-9a-f]{8}$/i, kind);
			assert.ok(parseInt(defaults[kind].slice(7), 16) <= 0x40, `${kind}: at most a quarter opaque`);
		}
	});

	test('F8 and Shift+F8 go to discrepancies only in a compared article with the editor focused', () => {
		const keys = Object.fromEntries(manifest.contributes.keybindings.map((binding) => [binding.command, binding]));
		for (const [command, key] of [
			['crossread.nextDiscrepancy', 'f8'],
			['crossread.previousDiscrepancy', 'shift+f8'],
		]) {
			assert.equal(keys[command]?.key, key);
			assert.match(keys[command]?.when ?? '', /crossread\.activeEditorIsArticle/);
			assert.match(keys[command]?.when ?? '', /editorTextFocus/);
		}
		assert.ok(keys['crossread.showReport'], 'Show Report has a key');
	});

	test('articles wrap by their language; plain text and Markdown files are not forced to', () => {
		const defaults = manifest.contributes.configurationDefaults;
		assert.equal(defaults['[news-article]']['editor.wordWrap'], 'on');
		assert.equal(defaults['[plaintext]']['editor.wordWrap'], undefined);
		assert.equal(defaults['[markdown]']['editor.wordWrap'], undefined);
	});
});
