/**
 * Stands in for `cssomnom/parse` in the bundles (esbuild.mjs): linkedom uses it only for
 * `<style>.sheet`, which Readability never reads, and it is 199 KB of the 500 KB the import adds
 * to each minified bundle. The tests run the real one.
 */
export function parse(): never {
	throw new Error('CSS style sheets are not parsed in this bundle');
}
