import * as assert from 'node:assert/strict';
import type { Discrepancy } from '../../../src/core/types';
import { compareFolder } from '../helpers/corpus';
import { loadTruth, sampleFolder, score, seedsFolder, seedsPresent } from '../helpers/sample';

/** Where a truth text stands in its article (first occurrence). */
function locate(text: string, needle: string): { start: number; end: number } {
	const start = text.indexOf(needle);
	assert.ok(start >= 0, `"${needle}" is in the article`);
	return { start, end: start + needle.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

suite('compareCorpus on the sample cluster', () => {
	test('every planted disagreement is found, with the right kind, where it was planted', async () => {
		const { corpus, comparison, idOf } = await compareFolder(sampleFolder);
		const truth = loadTruth();
		const textOf = (id: string) => corpus.articles.find(({ parsed }) => parsed.article.id === id)!.parsed.article.text;
		const matched = new Set<Discrepancy>();
		let found = 0;
		for (const planted of truth.discrepancies) {
			const hit = comparison.discrepancies.find(
				(discrepancy) =>
					discrepancy.kind === planted.kind &&
					planted.mentions.some((mention) => {
						const article = idOf(mention.article);
						const at = locate(textOf(article), mention.text);
						return discrepancy.mentions.some((candidate) => candidate.article === article && overlaps(candidate, at));
					}),
			);
			if (hit) {
				found++;
				matched.add(hit);
			} else {
				console.log(`      missed: ${planted.id} (${planted.kind})`);
			}
		}
		const flagged = comparison.discrepancies.filter((discrepancy) => discrepancy.severity !== 'low');
		const { recall } = score('planted discrepancies', found, truth.discrepancies.length, truth.discrepancies.length);
		const { precision } = score('discrepancies above low severity that were planted', flagged.filter((discrepancy) => matched.has(discrepancy)).length, flagged.length, flagged.length);
		assert.equal(recall, 1);
		assert.ok(precision >= 0.7, `precision ${precision}`);
	});

	test('planted agreements are never flagged: a money figure three ways, number words, identical quotes', async () => {
		const { corpus, comparison, idOf } = await compareFolder(sampleFolder);
		const textOf = (id: string) => corpus.articles.find(({ parsed }) => parsed.article.id === id)!.parsed.article.text;
		for (const agreement of loadTruth().agreements) {
			for (const mention of agreement.mentions) {
				const article = idOf(mention.article);
				const at = locate(textOf(article), mention.text);
				const flagged = comparison.discrepancies.filter((discrepancy) => discrepancy.kind !== 'omission' && discrepancy.mentions.some((candidate) => candidate.odd && candidate.article === article && overlaps(candidate, at)));
				assert.deepEqual(flagged.map((discrepancy) => discrepancy.summary), [], `${agreement.id} in ${mention.article}`);
			}
		}
	});

	test('the percentage that differs reads at a glance: values and outlets, majority first', async () => {
		const { comparison } = await compareFolder(sampleFolder);
		const figure = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure' && /26 percent/.test(discrepancy.summary));
		assert.ok(figure);
		assert.match(figure.summary, /27%.*vs 26 percent \(Harbourline Daily\)$/);
		assert.equal(figure.severity, 'high');
		assert.deepEqual(figure.mentions.filter((mention) => mention.odd).map((mention) => mention.text), ['26 percent']);
	});

	test('one discrepancy per disagreement, ranked figures and quotes before spelling and omissions', async () => {
		const { comparison } = await compareFolder(sampleFolder);
		const modal = comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'quote' && /“must”/.test(discrepancy.summary));
		assert.equal(modal.length, 1);
		const kinds = comparison.discrepancies.filter((discrepancy) => discrepancy.severity === 'high').map((discrepancy) => discrepancy.kind);
		assert.ok(kinds.indexOf('figure') < kinds.lastIndexOf('entity') || !kinds.includes('entity'));
		const ranks = comparison.discrepancies.map((discrepancy) => discrepancy.rank);
		assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a));
	});

	test('every mention is exactly the file text at its range', async () => {
		const { corpus, comparison } = await compareFolder(sampleFolder);
		for (const discrepancy of comparison.discrepancies) {
			for (const mention of discrepancy.mentions) {
				const text = corpus.articles.find(({ parsed }) => parsed.article.id === mention.article)!.parsed.article.text;
				assert.equal(text.slice(mention.start, mention.end), mention.text);
			}
		}
	});
});

suite('compareCorpus on the real seed articles', () => {
	const expectations: [string, RegExp][] = [
		['the trade growth figure', /31%.* vs 30 percent/],
		['the quote whose modal verb changes', /“must”.* vs “should”/],
		['the quote that loses an intensifier', /“(?:and )?brutally” dropped/],
		['the Putin spelling variant', /Poutine/],
		['the garbled agency name', /China Neue Agency/],
		['the misplaced Olympic venue', /Xinjiang.* vs Beijing/],
	];
	for (const [what, pattern] of expectations) {
		test(`finds ${what}`, async function () {
			if (!seedsPresent()) {
				this.skip();
			}
			const { comparison } = await compareFolder(seedsFolder);
			assert.ok(
				comparison.discrepancies.some((discrepancy) => pattern.test(discrepancy.summary)),
				comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n'),
			);
		});
	}

	test('does not flag $ 123 billion against US$123 billion', async function () {
		if (!seedsPresent()) {
			this.skip();
		}
		const { comparison } = await compareFolder(seedsFolder);
		assert.ok(!comparison.discrepancies.some((discrepancy) => discrepancy.kind === 'figure' && /123/.test(discrepancy.summary)));
	});
});

suite('compareCorpus with a reused aligner', () => {
	test('editing one article aligns that article again and gives the same result as a fresh comparison', async () => {
		const { analyzeArticle, combineAnalyses } = await import('../../../src/core/analyze');
		const { Aligner } = await import('../../../src/core/compare/aligner');
		const { compareCorpus } = await import('../../../src/core/compare/compare');
		const { corpus } = await compareFolder(sampleFolder);
		const aligner = new Aligner();
		compareCorpus(corpus, aligner);
		const target = corpus.articles.find(({ parsed }) => parsed.article.id === 'harbourline-daily')!;
		const edited = analyzeArticle({ id: 'harbourline-daily', path: target.parsed.article.path, text: target.parsed.article.text.replace('26 percent', '25 percent') });
		const next = combineAnalyses(corpus.articles.map((analysis) => (analysis === target ? edited : analysis)));
		const before = aligner.unitIds('meridian-ledger');
		const incremental = compareCorpus(next, aligner);
		assert.deepEqual(aligner.unitIds('meridian-ledger'), before, 'an unchanged article keeps its units');
		const fresh = compareCorpus(next);
		assert.deepEqual(incremental.discrepancies.map((discrepancy) => discrepancy.summary), fresh.discrepancies.map((discrepancy) => discrepancy.summary));
		assert.ok(incremental.discrepancies.some((discrepancy) => /25 percent/.test(discrepancy.summary)));
	});
});

suite('compareCorpus on small folders', () => {
	/** Compares texts as the articles of one folder (`a1.txt`, `a2.txt`, …). */
	async function compareTexts(...texts: string[]): Promise<Discrepancy[]> {
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const { compareCorpus } = await import('../../../src/core/compare/compare');
		const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
		return compareCorpus(corpus).discrepancies;
	}

	test('a changed count in a sentence that packs two claims is found though another sentence took its place', async () => {
		const discrepancies = await compareTexts(
			'The two ports will share $12 million for new cranes and dredging, and nine tugboats will be ordered from the yards of Marlow Bay.',
			'The two ports will share $12 million for new cranes and dredging, the harbour board said. The yards of Marlow Bay will build the eleven tugboats the plan orders.',
		);
		const figure = discrepancies.find((discrepancy) => discrepancy.kind === 'figure');
		assert.ok(figure, discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.match(figure.summary, /nine/);
		assert.match(figure.summary, /eleven/);
	});

	test('two figures that differ are paired though a third outlet\'s passage has other figures only', async () => {
		const discrepancies = await compareTexts(
			'Marlow Bay harbour master Ines Dunmore retired on Friday after 30 years at the port, the board said.',
			'Marlow Bay harbour master Ines Dunmore retired on Friday after 34 years at the port.',
			'Marlow Bay harbour master Ines Dunmore retired at 5:30 p.m. on Friday, 12 March, before 200 guests, the board said.',
		);
		const years = discrepancies.find((discrepancy) => discrepancy.kind === 'figure' && /30 years/.test(discrepancy.summary));
		assert.ok(years && /34 years/.test(years.summary), discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
	});

	test('time stamps of the pages are no disagreement, and never align with a sentence of the same day', async () => {
		const discrepancies = await compareTexts(
			'Harbour master Ines Dunmore died yesterday in Marlow Bay at the age of 91, the board said.\n\nJune 6, 2027 7:38 PM EDT\n\nShe had run the port since the storms.',
			'Harbour master Ines Dunmore died yesterday in Marlow Bay at the age of 93, the board said.\n\nJune 6, 2027 10:05 AM ET\n\nShe had run the port since the storms.',
		);
		const figures = discrepancies.filter((discrepancy) => discrepancy.kind === 'figure').map((discrepancy) => discrepancy.summary);
		assert.equal(figures.length, 1, figures.join('\n'));
		assert.match(figures[0], /91.*93|93.*91/);
	});

	test('the short form of a first name is a low variant, a changed letter a medium one', async () => {
		const discrepancies = await compareTexts(
			'Harbour pilot Samuel Dalembert guided the tanker in. Later Tobias Wrenn spoke to the crew.',
			'Harbour pilot Sam Dalembert guided the tanker in. Later Tobias Wren spoke to the crew.',
		);
		const spelling = (name: string) => discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && discrepancy.summary.includes(name));
		assert.equal(spelling('Dalembert')?.severity, 'low', discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.equal(spelling('Wren')?.severity, 'medium', discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
	});

	test('a changed score pairs through the number beside it (high: the same words and the same 9 around it), and an outlier passage pairs with nothing', async () => {
		const discrepancies = await compareTexts(
			'The Gulls stand at a record of 9-14 after their losing run and were tipped to contend for the harbour cup.',
			'The Gulls stand at a record of 9-17 after their losing run and were tipped to contend for the harbour cup.',
			'The Gulls sit at 9-14 and were expected to contend for the harbour cup.',
			'Last season the Gulls rallied from a 5-19 start to contend for the harbour cup with a 35-47 record.',
		);
		const figures = discrepancies.filter((discrepancy) => discrepancy.kind === 'figure');
		const score = figures.find((discrepancy) => /14 \(a1, a3\) vs 17 \(a2\)/.test(discrepancy.summary));
		assert.equal(score?.severity, 'high', figures.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.ok(!figures.some((discrepancy) => /\b19\b|\b47\b/.test(discrepancy.summary)), figures.map((discrepancy) => discrepancy.summary).join('\n'));
	});

	test('sums in two currencies are a conversion, not a disagreement', async () => {
		const discrepancies = await compareTexts(
			'The harbour board will borrow $40 billion over ten years to rebuild the northern quays of Marlow Bay.',
			'The harbour board will borrow 30 billion euros over ten years to rebuild the northern quays of Marlow Bay.',
		);
		assert.deepEqual(discrepancies.filter((discrepancy) => discrepancy.kind === 'figure').map((discrepancy) => discrepancy.summary), []);
	});

	test('a changed modal is found though the quote has the same modal elsewhere', async () => {
		const discrepancies = await compareTexts(
			'"We will keep the quays open, and the crews will be paid in full," harbour master Ines Dunmore told reporters on Friday.',
			'"We will keep the quays open, and the crews would be paid in full," harbour master Ines Dunmore told reporters on Friday.',
		);
		const quote = discrepancies.find((discrepancy) => discrepancy.kind === 'quote');
		assert.ok(quote, discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.match(quote.summary, /“will”.*“would”|“would”.*“will”/);
	});

	test('an outlet that rewords the rest of the quote still takes a side on the changed modal', async () => {
		const discrepancies = await compareTexts(
			'"The two ports must step up their joint patrols to keep the strait safe for every crew," Dunmore told the council on Friday.',
			'"The two ports should step up their joint patrols to keep the strait safe for every crew," Dunmore told the council on Friday.',
			'"The two ports should increase their joint patrols to keep the strait safe for every crew," Dunmore told the council on Friday.',
		);
		const quote = discrepancies.find((discrepancy) => discrepancy.kind === 'quote' && /must/.test(discrepancy.summary));
		assert.ok(quote, discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.match(quote.summary, /“must” \(a1\) vs “should” \(a2, a3\)/);
	});

	test('a swapped word inside a long shared stretch is found though one outlet quotes more of the speech', async () => {
		const discrepancies = await compareTexts(
			'"I only wanted to tell the families here today that I will never bring shame to the decision to spare the harbour," Dunmore told the inquiry.',
			'"I will never bring disgrace to the decision to spare the harbour," Dunmore told the inquiry.',
		);
		const quote = discrepancies.find((discrepancy) => discrepancy.kind === 'quote');
		assert.ok(quote && /shame/.test(quote.summary) && /disgrace/.test(quote.summary), discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
	});

	test('two outlets alone whose near-copy passages name different people are listed above low', async () => {
		const discrepancies = await compareTexts(
			'Harbour master Ines Dunmore signed the new lease for the northern quays on Friday in Marlow Bay, the board said.',
			'Harbour master Tobias Wren signed the new lease for the northern quays on Friday in Marlow Bay, the board said.',
		);
		const swap = discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && /Dunmore/.test(discrepancy.summary) && /Wren/.test(discrepancy.summary));
		assert.ok(swap, discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.equal(swap.severity, 'medium');
	});

	test('a different person written in full with a known first name, where two outlets agree on another, is listed above low', async () => {
		const texts = [
			'The harbour board named Gary Ross as its new chairman on Friday after a long search, officials in Marlow Bay said.',
			'Gary Ross was named chairman of the harbour board on Friday, ending a search that lasted months.',
		];
		const named = await compareTexts(...texts, 'On Friday the board of the harbour picked Daniel Vell to be its chairman after months of searching.');
		const nicknamed = await compareTexts(...texts, 'On Friday the board of the harbour picked Big Vell to be its chairman after months of searching.');
		const swap = (discrepancies: Discrepancy[]) => discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && /Gary Ross/.test(discrepancy.summary));
		assert.equal(swap(named)?.severity, 'medium', named.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.equal(swap(nicknamed)?.severity, 'low', nicknamed.map((discrepancy) => discrepancy.summary).join('\n'));
	});

	test('a place after "in" is no swap when another name of the passage also follows "in"', async () => {
		const discrepancies = await compareTexts(
			'The mayor said he was eager to meet Tamsin Rook at the summer regatta in Vessingrad, which officials in Marlow Bay and Kestria are set to boycott.',
			'The mayor said he was eager to meet Tamsin Rook at the summer regatta in Port Halden in June.',
			'Officials in Marlow Bay and Kestria are set to boycott the summer regatta, which opens in June.',
		);
		const listed = discrepancies.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low').map((discrepancy) => discrepancy.summary);
		assert.deepEqual(listed, []);
	});

	test('a person one outlet names where another names someone else, in other words order, is a low name swap', async () => {
		const discrepancies = await compareTexts(
			'In a March interview with Harbour Weekly, the skipper Tamsin Rook said she had never met the minister before the strike.',
			'In an interview in March, Halloran told Harbour Weekly she had never met the minister before the strike.',
		);
		const swap = discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && /Halloran/.test(discrepancy.summary) && /Tamsin Rook/.test(discrepancy.summary));
		assert.ok(swap, discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.equal(swap.severity, 'low');
	});
});
