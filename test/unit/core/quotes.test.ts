import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import type { ParsedArticle, Quote } from '../../../src/core/types';
import { articleFiles, loadTruth, parseFile, parseSample, score, seedsFolder, seedsPresent, squash } from '../helpers/sample';

function parse(text: string): ParsedArticle {
	return parseArticle({ id: 'test', path: 'test.txt', text });
}

function quotesOf(text: string): Quote[] {
	return findQuotes(parse(text));
}

/** The quotes found, as `text` strings. */
function textsOf(text: string): string[] {
	return quotesOf(text).map((quote) => quote.text);
}

/** The one quote whose text holds `fragment`. */
function quoteWith(quotes: Quote[], fragment: string): Quote {
	const found = quotes.filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}", found ${found.length}`);
	return found[0];
}

/** What a test reads of a speaker: its name, how it was found, and the text at its span. */
function speakerOf(text: string, fragment: string): { name: string; via: string; at: string } | undefined {
	const quote = quoteWith(quotesOf(text), fragment);
	return quote.speaker && { name: quote.speaker.name, via: quote.speaker.via, at: text.slice(quote.speaker.span.start, quote.speaker.span.end) };
}

suite('findQuotes', () => {
	suite('marks', () => {
		test('straight double quotes hold a quote whose span includes the marks', () => {
			const text = 'The mayor said: "We will rebuild the pier."';
			const [quote] = quotesOf(text);
			assert.equal(quote.text, 'We will rebuild the pier.');
			assert.equal(text.slice(quote.start, quote.end), '"We will rebuild the pier."');
			assert.equal(text.slice(quote.inner.start, quote.inner.end), quote.text);
			assert.equal(quote.direct, true);
			assert.equal(quote.closed, true);
		});

		test('curly double quotes hold a quote', () => {
			assert.deepEqual(textsOf('“The bridge stays open,” said Ada Brandt.'), ['The bridge stays open,']);
		});

		test('French guillemets hold a quote', () => {
			assert.deepEqual(textsOf('«Nous restons ici», a répondu le maire.'), ['Nous restons ici']);
		});

		test('German low-high quotes and reversed guillemets hold a quote', () => {
			assert.deepEqual(textsOf('„Wir bleiben hier“, sagte Klara Vos.'), ['Wir bleiben hier']);
			assert.deepEqual(textsOf('»Wir bleiben hier«, sagte Klara Vos.'), ['Wir bleiben hier']);
		});

		test('two apostrophes or two backticks make one double mark, and a single quote nests inside', () => {
			const text = "''When they say, 'We cannot wait,' I listen,'' said Rona Vale.";
			const [outer, inner] = quotesOf(text);
			assert.equal(text.slice(outer.start, outer.end), "''When they say, 'We cannot wait,' I listen,''");
			assert.equal(outer.text, "When they say, 'We cannot wait,' I listen,");
			assert.equal(outer.speaker?.name, 'Rona Vale');
			assert.equal(inner.text, 'We cannot wait,');
			assert.deepEqual(textsOf("``Not yet,'' the pilot said."), ['Not yet,']);
		});

		test('three apostrophes close the inner quote, then the outer one', () => {
			const text = "''She asked me, 'Why now?''' Mr. Orme said.";
			assert.deepEqual(textsOf(text), ["She asked me, 'Why now?'", 'Why now?']);
			assert.equal(quotesOf(text)[0].speaker?.name, 'Orme');
		});

		test('apostrophes in possessives, contractions, names and elisions are not quote marks', () => {
			const text = "China's ports, Lu’s plan, O'Connor's boat, the players' union and rock 'n' roll fans of the '90s don't count.";
			assert.deepEqual(textsOf(text), []);
		});

		test("an elided 'Tis and a plural possessive do not open or close a quote", () => {
			assert.deepEqual(textsOf("'Tis the season, and the dockers' strike goes on."), []);
		});

		// Issue 13, item 2: a word quoted after a verb of characterising is what its subject said.
		test('single straight quotes around a word a union characterises something with are its speech', () => {
			const [quote] = quotesOf("The fishermen's union called the offer 'insulting'.");
			assert.equal(quote.text, 'insulting');
			assert.equal(quote.kind, 'speech');
			assert.equal(quote.speaker?.name, 'union');
		});

		test('single straight quotes around a word that plural officials call something are speech, with no one named as its speaker', () => {
			const [quote] = quotesOf("Officials called the offer 'insulting'.");
			assert.equal(quote.kind, 'speech');
			assert.equal(quote.speaker, undefined);
		});

		test('a plural possessive inside single quotes does not close them', () => {
			assert.deepEqual(textsOf("Critics mocked the 'farmers' friend' label."), ["farmers' friend"]);
		});

		// Issue 13, item 2: "described as ‘…’" is the speech of the verb's subject, here a role.
		test('single curly quotes around a word a minister describes something as are the minister\'s speech', () => {
			const [quote] = quotesOf('The minister described the deal as ‘historic’.');
			assert.equal(quote.text, 'historic');
			assert.equal(quote.kind, 'speech');
			assert.equal(quote.speaker?.name, 'minister');
		});

		test('single curly quotes around a word in a sentence nobody speaks are a scare quote', () => {
			const [quote] = quotesOf('The deal was struck in a ‘historic’ hall.');
			assert.equal(quote.text, 'historic');
			assert.equal(quote.kind, 'scare');
		});

		test('a single-quoted word inside a double-quoted quote is a nested scare quote', () => {
			const quotes = quotesOf('“They speak of ‘freedom’ while they close the harbour to us,” said Omar Reyes.');
			assert.deepEqual(
				quotes.map((quote) => [quote.text, quote.depth, quote.kind]),
				[
					['They speak of ‘freedom’ while they close the harbour to us,', 0, 'speech'],
					['freedom', 1, 'scare'],
				],
			);
		});

		test('a stray closing mark makes no quote and does not throw', () => {
			assert.deepEqual(textsOf('The vote was close. ” Nobody left early.'), []);
		});

		test('an opening curly mark used as a closing one, spaced, still closes the quote', () => {
			assert.deepEqual(textsOf('The envoy spoke of a “lasting and fair peace “. “'), ['lasting and fair peace']);
		});

		test('spaces inside spaced marks are left out of the quote text', () => {
			const text = 'She called it “ a dark day ” for the town.';
			const [quote] = quotesOf(text);
			assert.equal(quote.text, 'a dark day');
			assert.equal(text.slice(quote.start, quote.end), '“ a dark day ”');
		});

		test('an opening mark after a full stop inside a quote starts the next quote', () => {
			const quotes = quotesOf('A port official told Reuters: “We are not leaving. “We are staying for good.”');
			assert.deepEqual(
				quotes.map((quote) => [quote.text, quote.closed]),
				[
					['We are not leaving.', false],
					['We are staying for good.', true],
				],
			);
		});

		test('a mark after a comma closes the quote even when spaced the wrong way', () => {
			const [quote] = quotesOf('"We were ready for them, "the coach said.');
			assert.equal(quote.text, 'We were ready for them,');
			assert.equal(quote.speaker?.name, 'coach');
		});
	});

	suite('quotes across paragraphs', () => {
		test('a paragraph that ends inside a quote continues when the next one opens with a mark', () => {
			const text = 'Ada Brandt said: “The pier will reopen in spring.\n\n“After that, the ferries return,” she added.';
			const [quote] = quotesOf(text);
			assert.equal(quote.text, 'The pier will reopen in spring.\n\n“After that, the ferries return,');
			assert.equal(quote.closed, true);
			assert.equal(text.slice(quote.end - 1, quote.end), '”');
			assert.equal(quote.speaker?.name, 'Ada Brandt');
		});

		test('one sentence a paragraph: a quote runs on to the paragraph that closes it', () => {
			const text = '"The team played hard all season.\n\nWe will be back next year," the coach said.';
			const [quote] = quotesOf(text);
			assert.equal(squash(quote.text), 'The team played hard all season. We will be back next year,');
			assert.equal(quote.closed, true);
			assert.equal(quote.speaker?.name, 'coach');
		});

		test('a quote with no closing mark ends, unclosed, at the end of its paragraph', () => {
			const text = 'Ada Brandt warned that “the pier will not survive another storm.\n\nThe council meets on Monday.';
			const [quote] = quotesOf(text);
			assert.equal(quote.text, 'the pier will not survive another storm.');
			assert.equal(quote.closed, false);
			assert.equal(quote.end, text.indexOf('\n'));
			assert.equal(quote.speaker?.name, 'Ada Brandt');
		});
	});

	suite('kinds', () => {
		test('two words set off are a scare quote, and no direct speech', () => {
			const [quote] = quotesOf('The “new dawn” in relations drew crowds to the quay.');
			assert.equal(quote.kind, 'scare');
			assert.equal(quote.direct, false);
		});

		test('a two-word phrase after "calling him a" is speech, even when nobody is read to have said it', () => {
			const [quote] = quotesOf('She praised the mayor, calling him a “loyal friend”.');
			assert.deepEqual([quote.kind, quote.speaker], ['speech', undefined]);
		});

		test('one word said is speech when a speech verb introduces it', () => {
			assert.equal(quotesOf('“Never,” she said.')[0].kind, 'speech');
			assert.equal(quotesOf('Asked about a deal, Ortiz replied: “Never.”')[0].kind, 'speech');
		});

		test('a capitalised name after a word for a work is a title', () => {
			assert.equal(quotesOf('He starred in the film “Harbour Lights” last year.')[0].kind, 'title');
			assert.equal(quotesOf('The “Harbour Lights” star was not available.')[0].kind, 'title');
		});

		test('a phrase in title case is a title, not speech', () => {
			assert.equal(quotesOf('The mayor promised a “Summer of Ships” for the town.')[0].kind, 'title');
		});
	});

	suite('speakers', () => {
		test('"…," said X names the speaker after the verb', () => {
			assert.deepEqual(speakerOf('“We will not bend,” said Lena Ortiz.', 'bend'), { name: 'Lena Ortiz', via: 'adjacent', at: 'Lena Ortiz' });
		});

		test('"…," X said names the speaker before the verb', () => {
			assert.equal(speakerOf('“We will not bend,” Ortiz said.', 'bend')?.name, 'Ortiz');
		});

		test('"…," he added takes the person named just before', () => {
			const text = 'Lena Ortiz was the last to speak. “We will not bend,” she said.';
			assert.deepEqual(speakerOf(text, 'bend'), { name: 'Lena Ortiz', via: 'pronoun', at: 'Lena Ortiz' });
		});

		test('a pronoun in the next paragraph takes the speaker of the quote before', () => {
			const text = '“The port is ours,” said Lena Ortiz.\n\n“We will keep it,” she added.';
			const speaker = quoteWith(quotesOf(text), 'keep it').speaker;
			assert.equal(speaker?.name, 'Lena Ortiz');
			assert.equal(speaker?.via, 'pronoun');
			assert.equal(speaker?.span.start, text.indexOf('Lena'));
		});

		test('"she" skips a man named since', () => {
			const text = 'Ms Ortiz spoke after the vote. Her aide, Mr. Pavel Brandt, stood by. “We won,” she said.';
			assert.equal(speakerOf(text, 'We won')?.name, 'Ortiz');
		});

		test('X told Y: "…" names the speaker and the addressee', () => {
			const quote = quotesOf('Ortiz told Brandt: “Your offer is fair.”')[0];
			assert.equal(quote.speaker?.name, 'Ortiz');
			assert.equal(quote.addressee?.name, 'Brandt');
		});

		test('X said: "…" names the speaker before the colon', () => {
			assert.equal(speakerOf('Ortiz said: “Your offer is fair.”', 'fair')?.name, 'Ortiz');
		});

		test('"…," said X to Y, quoted by Z names speaker, addressee and source', () => {
			const quote = quotesOf('“Your offer is fair,” said Lena Ortiz to Brandt, quoted by the Coastal Wire agency.')[0];
			assert.equal(quote.speaker?.name, 'Lena Ortiz');
			assert.equal(quote.addressee?.name, 'Brandt');
			assert.equal(quote.source?.name, 'Coastal Wire agency');
		});

		test('"…," Z quoted X as saying names the speaker and the source', () => {
			const quote = quotesOf('“Your offer is fair,” Harbour News Agency quoted Ortiz as saying.')[0];
			assert.equal(quote.speaker?.name, 'Ortiz');
			assert.equal(quote.source?.name, 'Harbour News Agency');
		});

		test('X is quoted by Z as saying, "…" leaves the title and the possessor out', () => {
			const quote = quotesOf('Mayor Ortiz is quoted by Dravia’s state-run Tide Agency as saying, “Your offer is fair.”')[0];
			assert.equal(quote.speaker?.name, 'Ortiz');
			assert.equal(quote.source?.name, 'Tide Agency');
		});

		test('a role before the name is left out of it', () => {
			assert.equal(speakerOf('“It is late,” port adviser Ivo Marsh told the press.', 'late')?.name, 'Ivo Marsh');
			assert.equal(speakerOf('“It is late,” Dr. Anna Lind said.', 'late')?.name, 'Anna Lind');
			assert.equal(speakerOf('“It is late,” Prime Minister Tom Reed said.', 'late')?.name, 'Tom Reed');
		});

		test('an attribution follows a quote that lacks its comma', () => {
			assert.equal(speakerOf('“We thank you for your patience” the band\'s manager Mia Holt told the magazine.', 'patience')?.name, 'Mia Holt');
		});

		test('a role is named without its possessor', () => {
			assert.equal(speakerOf('“It is late,” the mayor\'s spokesman said.', 'late')?.name, 'spokesman');
		});

		test('a name after a possessive phrase is the speaker, without the possessive', () => {
			const text = '“We thank you for your patience,” the 40-year-old singer\'s agent Mia Holt told the magazine.';
			assert.equal(speakerOf(text, 'patience')?.name, 'Mia Holt');
			assert.equal(speakerOf('“It is late,” Borland\'s Anna Lind said.', 'late')?.name, 'Anna Lind');
		});

		test('an unnamed speaker is a role, told an outlet a source', () => {
			const quote = quotesOf('A harbour official told Politico: “We expect a deal soon.”')[0];
			assert.equal(quote.speaker?.name, 'harbour official');
			assert.equal(quote.source?.name, 'Politico');
		});

		test('a role with a capital keeps it, without the article', () => {
			assert.equal(speakerOf('“We remain open to talks,” said the Dravish President.', 'talks')?.name, 'Dravish President');
		});

		test('a quote alone in a paragraph after a quote with a speaker keeps that speaker', () => {
			const text = '“We will reopen soon,” said Ivo Marsh.\n\n“The repairs are almost done.”';
			assert.deepEqual(speakerOf(text, 'repairs'), { name: 'Ivo Marsh', via: 'previous', at: 'Ivo Marsh' });
		});

		test('two quotes governed by one verb share the speaker', () => {
			const text = 'Ortiz said the deal brings “a new start for the coast” and “work for a generation”.';
			assert.equal(speakerOf(text, 'generation')?.name, 'Ortiz');
		});

		test('"…," according to X makes X the speaker; after a named speaker, the source', () => {
			assert.equal(speakerOf('“The ferries will sail again,” according to the harbour master.', 'ferries')?.name, 'harbour master');
			const quote = quotesOf('Ortiz said the ferries would “sail again by May,” according to Coast Radio.')[0];
			assert.equal(quote.speaker?.name, 'Ortiz');
			assert.equal(quote.source?.name, 'Coast Radio');
		});

		test('coordinated speakers are named together', () => {
			assert.equal(speakerOf('“We are thrilled,” Ada Brandt and Ivo Marsh said.', 'thrilled')?.name, 'Ada Brandt and Ivo Marsh');
		});
	});

	suite('reported speech', () => {
		test('X said CLAUSE is reported speech: the clause, direct false', () => {
			const text = "Ortiz said she understood the council's concerns.";
			const [quote] = quotesOf(text);
			assert.equal(quote.text, "she understood the council's concerns");
			assert.equal(text.slice(quote.start, quote.end), quote.text);
			assert.deepEqual([quote.direct, quote.closed, quote.depth, quote.kind], [false, true, 0, 'speech']);
			assert.equal(quote.speaker?.name, 'Ortiz');
		});

		test('X said Y told Z that … reports the inner speaker; the outer one relays', () => {
			const [quote] = quotesOf('The ministry said Ortiz told Brandt that the talks were needed.');
			assert.equal(quote.text, 'the talks were needed');
			assert.equal(quote.speaker?.name, 'Ortiz');
			assert.equal(quote.addressee?.name, 'Brandt');
			assert.equal(quote.source?.name, 'ministry');
		});

		test('X told Reuters that … has Reuters for source', () => {
			const [quote] = quotesOf('Ortiz told Reuters that the ferry would sail on time.');
			assert.equal(quote.text, 'the ferry would sail on time');
			assert.equal(quote.source?.name, 'Reuters');
		});

		test('a trailing attribution reports the clause before it', () => {
			const [quote] = quotesOf('The ferry will sail again on Friday, Ortiz said.');
			assert.equal(quote.text, 'The ferry will sail again on Friday');
			assert.equal(quote.speaker?.name, 'Ortiz');
		});

		test('according to X reports the rest of the sentence', () => {
			assert.equal(quotesOf('According to the ministry, the ferry will sail on Friday.')[0].speaker?.name, 'ministry');
			assert.equal(quotesOf('Trade rose 12 percent last year, according to the ministry.')[0].text, 'Trade rose 12 percent last year');
		});

		test('a passive verb or a verb with no clause reports nothing', () => {
			assert.deepEqual(textsOf('He was told to leave the harbour at once.'), []);
			assert.deepEqual(textsOf('She warned the captains of a long winter.'), []);
		});

		test('a sentence with a direct speech quote has no reported speech as well', () => {
			const quotes = quotesOf('Ortiz said that “the port will stay open all winter”.');
			assert.deepEqual(
				quotes.map((quote) => quote.direct),
				[true],
			);
		});
	});

	test('never throws, and every range stays inside the paragraphs, on any mix of marks', () => {
		const pieces = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', ' ', '\n\n', 'word', 'Lu', 's', ',', '.', ' said ', ' he ', ':'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				const parsed = parse(text);
				const quotes = findQuotes(parsed);
				const first = parsed.paragraphs[0]?.start ?? 0;
				const last = parsed.paragraphs.at(-1)?.end ?? 0;
				for (const [i, quote] of quotes.entries()) {
					assert.ok(first <= quote.start && quote.start <= quote.inner.start && quote.inner.end <= quote.end && quote.end <= last);
					assert.equal(quote.text, text.slice(quote.inner.start, quote.inner.end));
					assert.ok(i === 0 || quotes[i - 1].start <= quote.start);
				}
			}),
			{ numRuns: 500 },
		);
	});

	suite('real articles (../shared/seeds)', function () {
		suiteSetup(function () {
			if (!seedsPresent()) {
				this.skip();
			}
		});

		const find = (file: string, fragment: string): Quote => {
			const name = articleFiles(seedsFolder).find((candidate) => candidate.startsWith(file))!;
			return quoteWith(findQuotes(parseFile(seedsFolder, name)), fragment);
		};
		const lastWord = (name: string | undefined) => name?.split(' ').pop();

		test('quotes of Xi and of Putin are found with those speakers', () => {
			const expected: [string, string, string][] = [
				['000', 'support each other without exception', 'President'],
				['000', 'must step up their joint efforts', 'Xi'],
				['000', 'model of cooperation has been introduced', 'Putin'],
				['001', 'model of cooperation has been formed', 'Putin'],
				['001', 'invariably support each other', 'Putin'],
				['002', 'figurative expression', 'Xi'],
				['003', 'certain international forces', 'Xi'],
				['003', 'should increase their joint efforts', 'Xi'],
				['003', 'relations have withstood', 'Xi'],
				['003', 'finally be able to meet', 'Putin'],
				['004', 'true model of interstate cooperation', 'Putin'],
			];
			for (const [file, fragment, speaker] of expected) {
				assert.equal(lastWord(find(file, fragment).speaker?.name), speaker, `${file}: "${fragment}"`);
			}
		});

		test('the Russian President is named as a role', () => {
			assert.equal(find('000', 'support each other without exception').speaker?.name, 'Russian President');
		});

		test('"he added" resolves to Xi', () => {
			const speaker = find('000', 'must step up their joint efforts').speaker;
			assert.equal(speaker?.via, 'pronoun');
			assert.equal(speaker?.name, 'Xi');
		});

		test('"Xinhua news agency quoted Xi as saying" gives the speaker and the source', () => {
			const quote = find('003', 'certain international forces');
			assert.equal(quote.speaker?.name, 'Xi');
			assert.match(quote.source?.name ?? '', /Xinhua/);
		});

		test('a speaker named after the verb, with an addressee and a relaying source', () => {
			const quote = find('000', 'model of cooperation has been introduced');
			assert.equal(quote.speaker?.name, 'Vladimir Putin');
			assert.equal(quote.addressee?.name, 'Xi');
			assert.equal(quote.source?.name, 'Russian presidency');
		});

		test('nested scare quotes sit inside the speech quote', () => {
			const name = articleFiles(seedsFolder).find((candidate) => candidate.startsWith('003'))!;
			const nested = findQuotes(parseFile(seedsFolder, name)).filter((quote) => quote.depth === 1);
			assert.deepEqual(
				nested.map((quote) => [quote.text, quote.kind]),
				[
					['democracy', 'scare'],
					['human rights', 'scare'],
				],
			);
		});
	});

	suite('the sample cluster (samples/harbour-summit)', () => {
		const truth = loadTruth();
		const parsed = parseSample();
		const found = parsed.flatMap((article) => findQuotes(article).map((quote) => ({ article: article.article.id, quote })));
		// The truth writes a quote across paragraphs without the mark that re-opens it.
		const words = (text: string) => squash(text.replace(/(\n\s*)[“"«„‘']/g, '$1'));
		const same = (a: string, b: string) => {
			const [x, y] = [words(a), words(b)];
			const [short, long] = x.length <= y.length ? [x, y] : [y, x];
			return x === y || (long.includes(short) && short.length >= 0.9 * long.length);
		};
		const lastWord = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

		test('speech quotes are found, with their speakers', () => {
			const speech = found.filter(({ quote }) => quote.kind === 'speech');
			const expected = truth.quotes.filter((quote) => quote.kind === 'speech');
			const matchOf = (quote: (typeof expected)[number]) => speech.find((item) => item.article === quote.article && same(item.quote.text, quote.text));
			const matched = expected.filter((quote) => matchOf(quote));
			const a = score('speech quotes', matched.length, speech.length, expected.length);
			const right = matched.filter((quote) => {
				const speaker = matchOf(quote)?.quote.speaker?.name;
				return quote.speaker && speaker && lastWord(speaker) === lastWord(quote.speaker);
			});
			const b = score('quotes with the right speaker', right.length, speech.filter(({ quote }) => quote.speaker).length, expected.filter((quote) => quote.speaker).length);
			assert.ok(a.precision >= 0.85 && a.recall >= 0.85);
			assert.ok(b.precision >= 0.75 && b.recall >= 0.75);
		});

		test('the quote across two paragraphs and the unclosed quote are read as planted', () => {
			for (const planted of truth.quotes.filter((quote) => quote.direct)) {
				const match = found.find((item) => item.article === planted.article && same(item.quote.text, planted.text));
				assert.equal(match?.quote.closed, planted.closed, planted.text);
			}
		});

		// The truth's scare quotes are words set off that nobody says; a nickname ("nicknamed the
		// “bread bridge”") is such words, of the kind `term`.
		test('scare quotes are found, as scare quotes or terms, never as speech', () => {
			const scare = found.filter(({ quote }) => quote.kind === 'scare' || quote.kind === 'term');
			const matched = truth.scareQuotes.filter((planted) => scare.some((item) => item.article === planted.article && item.quote.text === planted.text));
			const { recall } = score('scare quotes', matched.length, scare.length, truth.scareQuotes.length);
			assert.ok(recall >= 0.8);
		});
	});
});
