import type { Connection } from 'vscode-languageserver/node';
import type { Engines } from './engines';
import { crossreadMethods } from './protocol';

/** Documents whose diagnostics are asked of the engine at once. */
const diagnosticsPage = 25;

/**
 * Tells the client what a comparison or a change of the filter gave: the diagnostics of every
 * article (clearing those of articles no longer listed), a refresh of the semantic tokens, and
 * `crossread/didChange` for its views.
 */
export class ResultPublisher {
	private published = new Set<string>();

	/**
	 * @param diagnosticsEnabled Whether diagnostics are published (the setting as it is now).
	 * @param client Whether the client takes `workspace/semanticTokens/refresh`.
	 */
	constructor(
		private readonly connection: Connection,
		private readonly engines: Engines,
		private readonly diagnosticsEnabled: () => boolean,
		private readonly client: { readonly semanticTokensRefresh: boolean },
	) {}

	/** Publishes diagnostics (clearing those of articles no longer listed), refreshes tokens and tells the client's views. */
	async publish(generation?: number): Promise<void> {
		const now = new Set<string>();
		// A page of documents at a time, each sent on its own: in a folder of 500 articles all of them
		// at once were tens of megabytes to take in and send, and a hover waited behind them.
		for (let offset = 0; this.diagnosticsEnabled(); offset += diagnosticsPage) {
			const page = await this.engines.query('diagnostics', { offset, limit: diagnosticsPage });
			for (const document of page?.documents ?? []) {
				now.add(document.uri);
				void this.connection.sendDiagnostics(document);
				await new Promise((resolve) => setImmediate(resolve));
			}
			if (!page || offset + diagnosticsPage >= page.total) {
				break;
			}
		}
		for (const uri of this.published) {
			if (!now.has(uri)) {
				void this.connection.sendDiagnostics({ uri, diagnostics: [] });
			}
		}
		this.published = now;
		if (this.client.semanticTokensRefresh) {
			void this.connection.languages.semanticTokens.refresh();
		}
		void this.connection.sendNotification(crossreadMethods.didChange, { generation: generation ?? null });
	}
}
