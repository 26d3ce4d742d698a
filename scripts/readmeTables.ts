/**
 * `npm run readme`: writes the README's Commands and Settings tables from package.json, so that
 * they never drift from what the extension contributes. The tables sit between
 * `<!-- commands -->`…`<!-- /commands -->` and `<!-- settings -->`…`<!-- /settings -->`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Command {
	command: string;
	title: string;
	category?: string;
}

interface Setting {
	type?: string | string[];
	default?: unknown;
	markdownDescription?: string;
	description?: string;
	enum?: string[];
}

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const palette: { command: string; when?: string }[] = manifest.contributes.menus?.commandPalette ?? [];
const hidden = new Set(palette.filter((entry) => entry.when === 'false').map((entry) => entry.command));

const commands = (manifest.contributes.commands as Command[])
	.filter((command) => !hidden.has(command.command))
	.map((command) => `| ${command.category ? `${command.category}: ` : ''}${command.title} | \`${command.command}\` |`);

const sections: Setting[] = [manifest.contributes.configuration].flat();
const settings = sections.flatMap((section) =>
	Object.entries((section as { properties: Record<string, Setting> }).properties).map(([key, setting]) => {
		const type = setting.enum ? setting.enum.map((value) => `\`${value}\``).join(' \\| ') : [setting.type].flat().join(' \\| ');
		const description = (setting.markdownDescription ?? setting.description ?? '').replace(/`#([\w.]+)#`/g, '`$1`').replace(/\n/g, ' ').replace(/\|/g, '\\|');
		return `| \`${key}\` | ${type} | \`${JSON.stringify(setting.default)}\` | ${description} |`;
	}),
);

let readme = readFileSync(join(root, 'README.md'), 'utf8');
const replace = (name: string, table: string) => {
	const pattern = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
	if (!pattern.test(readme)) {
		throw new Error(`README.md has no <!-- ${name} --> … <!-- /${name} --> markers`);
	}
	readme = readme.replace(pattern, `<!-- ${name} -->\n${table}\n<!-- /${name} -->`);
};
replace('commands', ['| Command | Id |', '|---|---|', ...commands].join('\n'));
replace('settings', ['| Setting | Type | Default | Description |', '|---|---|---|---|', ...settings].join('\n'));
writeFileSync(join(root, 'README.md'), readme);
console.log(`README.md: ${commands.length} commands, ${settings.length} settings.`);
