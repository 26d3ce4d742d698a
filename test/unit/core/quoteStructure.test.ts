import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { subjectAfter, tailAttribution } from '../../../src/core/quotes/clauseAfter';
import { headlineSpeaker, titleCaseHeadlineSpeaker } from '../../../src/core/quotes/clauseHeadline';
import { subjectBefore } from '../../../src/core/quotes/clauseSubject';
import { genderOfFirstName, genderOfTitle, mayNamePerson } from '../../../src/core/quotes/pronouns';
import { findQuotes } from '../../../src/core/quotes';
import { tagRange } from '../../../src/core/text/tagger';
import type { Quote } from '../../../src/core/types';

function quotesOf(text: string): Quote[] {
	return findQuotes(parseArticle({ id: 'test', path: 'test.txt', text }));
}

/** The speaker's name of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(text).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}", found ${found.length}`);
	return found[0].speaker?.name;
}

/** The tagged tokens of a sentence, and where its first quotation mark opens and its last closes. */
function sentence(text: string) {
	const open = text.search(/[“‘"]/);
	const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('’'), text.lastIndexOf('"')) + 1;
	return { tokens: tagRange(text, 0, text.length), open, close };
}

suite('the text layer', () => {
	test('every token holds exactly the characters at its span, curly marks and contractions included', () => {
		const text = 'Brandt’s deputy didn’t say “never,” she said — twice.';
		const tokens = tagRange(text, 0, text.length);
		assert.ok(tokens.length >= 12);
		for (const token of tokens) {
			assert.equal(text.slice(token.start, token.end), token.text);
		}
	});

	test('a range inside a text keeps the text’s offsets', () => {
		const text = 'First sentence here. Ortiz spoke.';
		const tokens = tagRange(text, 21, text.length);
		assert.equal(tokens[0].text, 'Ortiz');
		assert.equal(tokens[0].start, 21);
		assert.equal(tokens[0].pos, 'PROPN');
	});

	test('verbs, proper nouns and pronouns are told apart', () => {
		const text = 'She said Lena Ortiz left.';
		const tags = tagRange(text, 0, text.length).map((token) => `${token.text}/${token.pos}`);
		assert.deepEqual(tags.slice(0, 4), ['She/PRON', 'said/VERB', 'Lena/PROPN', 'Ortiz/PROPN']);
	});
});

suite('attribution by sentence structure', () => {
	test('the subject of the clause speaks a partial quote, whatever its verb', () => {
		const { tokens, open } = sentence('Senator Lena Ortiz argues the levy rewards the “wrong people” in the port.');
		assert.equal(subjectBefore(tokens, open)?.name, 'Senator Lena Ortiz');
	});

	test('an introductory phrase before the subject is skipped', () => {
		const { tokens, open } = sentence('In a long interview on Friday, the harbour master called it a “disgrace to the town.”');
		const subject = subjectBefore(tokens, open);
		assert.equal(subject?.name, 'harbour master');
		assert.equal(subject?.kind, 'description');
	});

	test('an introduction whose comma stands inside a closing mark is skipped too', () => {
		const text = 'On “Harbour Hour,” Senator Mara Quill said the levy was a “mistake.”';
		const tokens = tagRange(text, 0, text.length);
		assert.equal(subjectBefore(tokens, text.lastIndexOf('“'))?.name, 'Senator Mara Quill');
	});

	test('an appositive between the subject and its verb is skipped', () => {
		const { tokens, open } = sentence('Brandt, a lawyer for the ferry company, described the ruling as “plainly absurd.”');
		assert.equal(subjectBefore(tokens, open)?.name, 'Brandt');
	});

	test('"As X reported," gives X', () => {
		const { tokens, open } = sentence('As the Valley Courier reported, “the vote was delayed twice.”');
		assert.equal(subjectBefore(tokens, open)?.name, 'Valley Courier');
	});

	test('a pronoun subject is returned as a pronoun, to be resolved', () => {
		const { tokens, open } = sentence('She then called the plan “a betrayal of the fishermen.”');
		assert.equal(subjectBefore(tokens, open)?.kind, 'pronoun');
	});

	test('a verb of any kind after the quote names its subject', () => {
		const { tokens, close } = sentence('“Get out of my office,” Ortiz snapped, and left.');
		assert.equal(subjectAfter(tokens, close, true)?.name, 'Ortiz');
	});

	test('a quote inside a clause is not attributed to the words after it', () => {
		const { tokens, close } = sentence('The “historic” harbour reopened on Monday.');
		assert.equal(subjectAfter(tokens, close, false), undefined);
	});

	test('a headline names its speaker before a colon', () => {
		const { tokens, open } = sentence('Ortiz on the harbour vote: ‘We were never asked.’');
		assert.equal(headlineSpeaker(tokens, open)?.name, 'Ortiz');
	});

	test('a headline in title case names its speaker first, up to the verb it capitalises', () => {
		const { tokens, open } = sentence('Jonas Vell Blasts Council Over ‘Reckless’ Ferry Plan');
		assert.equal(titleCaseHeadlineSpeaker(tokens, open)?.name, 'Jonas Vell');
	});

	test('a sentence in ordinary case is no title-case headline', () => {
		const { tokens, open } = sentence('Jonas Vell told the council the ferry plan was “reckless” on Monday.');
		assert.equal(titleCaseHeadlineSpeaker(tokens, open), undefined);
	});

	test('an attribution that ends the sentence speaks the quote inside it', () => {
		const { tokens, close } = sentence('Brandt “felt bound to act” on the levy, Ortiz said on Friday.');
		assert.equal(tailAttribution(tokens, close, (token) => token.lemma === 'say')?.name, 'Ortiz');
	});

	test('a comma clause without a reporting verb is no attribution', () => {
		const { tokens, close } = sentence('Brandt “felt bound to act” on the levy, the port lost money.');
		assert.equal(tailAttribution(tokens, close, (token) => token.lemma === 'say'), undefined);
	});

	test('a sentence without a subject before its quote gives none', () => {
		const { tokens, open } = sentence('Late on Friday: “Nobody knows.”');
		assert.equal(subjectBefore(tokens, open), undefined);
	});
});

suite('speakers in articles', () => {
	test('"Brandt called it a “farce”" makes the quoted words Brandt’s speech', () => {
		const quotes = quotesOf('Ada Brandt called the council vote a “farce” on Tuesday.');
		const farce = quotes.find((quote) => quote.text === 'farce');
		assert.equal(farce?.kind, 'speech');
		assert.equal(farce?.speaker?.name, 'Ada Brandt');
	});

	test('a title of a work in an ordinary sentence stays a title', () => {
		const quotes = quotesOf('Title line\n\nHe starred in “Harbour Lights Forever” last year.');
		assert.equal(quotes.find((quote) => quote.text === 'Harbour Lights Forever')?.kind, 'title');
	});

	test('a word quoted as a word is a term, not speech', () => {
		const quotes = quotesOf('Title line\n\nMara Quill opposed the so-called “harbour tax” and the slogan “Ships First” on Monday.');
		for (const text of ['harbour tax', 'Ships First']) {
			const quote = quotes.find((found) => found.text === text);
			assert.equal(quote?.kind, 'term', text);
			assert.equal(quote?.direct, false, text);
			assert.equal(quote?.speaker, undefined, text);
		}
	});

	test('words a person dubs something with are that person’s speech', () => {
		const quotes = quotesOf('Title line\n\nMara Quill dubbed the levy “a tax on fishermen” on Monday.');
		assert.equal(quotes.find((quote) => quote.text === 'a tax on fishermen')?.kind, 'speech');
	});

	test('quoted words in a sentence without a person stay a scare quote', () => {
		const quotes = quotesOf('The “historic” harbour reopened on Monday after repairs.');
		assert.equal(quotes.find((quote) => quote.text === 'historic')?.kind, 'scare');
	});

	test('"she said" takes the woman named last, past a man named in a modifier', () => {
		const text = 'Lena Ortiz chairs the harbour board.\n\nHarbour adviser Paul Brandt was not at the meeting.\n\n“We will not wait another year,” she said.';
		assert.equal(speakerOf(text, 'another year'), 'Lena Ortiz');
	});

	test('"he added" after a quote goes on with its speaker', () => {
		const text = 'Mayor Tomas Keel met Lena Ortiz on Monday.\n\n“The ferries will run,” said Keel.\n\n“Nobody will be left on the quay,” he added.';
		assert.equal(speakerOf(text, 'left on the quay'), 'Keel');
	});

	test('"he said" takes the subject of the sentence before, not a name inside the quote', () => {
		const text = 'Harbour pilot Jonas Vell spoke after the vote.\n\n“Ada Brandt never asked the pilots,” he said.';
		assert.equal(speakerOf(text, 'never asked'), 'Jonas Vell');
	});

	test('a name in apposition to a description is the speaker', () => {
		const quotes = quotesOf('The ferry company’s lawyer, Ada Brandt, called the ruling “plainly absurd and late.”');
		assert.equal(quotes.find((quote) => quote.text.startsWith('plainly'))?.speaker?.name, 'Ada Brandt');
	});

	test('"the senator" points back to the senator named before', () => {
		const text = 'Senator Mara Quill toured the quay on Monday.\n\nThe senator called the repairs “far too slow for the fishermen.”';
		// Named as the article titles her: the title is what ties "the senator" to the name.
		assert.equal(speakerOf(text, 'far too slow'), 'Senator Mara Quill');
	});

	test('an unusual verb after the quote still names the speaker', () => {
		assert.equal(speakerOf('Title line\n\n“Not one more ship,” Ortiz fumed outside the hall.', 'one more ship'), 'Ortiz');
	});
});

suite('attribution after the quote, and in long subjects', () => {
	test('a quote ending in "!" takes the attribution the splitter cut off into the next sentence', () => {
		const text = 'Title line\n\nThe crowd was loud.\n\n"Not one more ship!" Ivo Rusk shouted, waving a flag at the quay.';
		assert.equal(speakerOf(text, 'Not one more ship'), 'Ivo Rusk');
	});

	test('"points out" and "shot back" after a quote are verbs, though the tagger reads them as nouns', () => {
		assert.equal(speakerOf('Title line\n\n“We could have worked with them,” Pell points out.', 'worked with them'), 'Pell');
		assert.equal(speakerOf('Title line\n\n“They came for the free lunch,” Vance shot back with a grin.', 'free lunch'), 'Vance');
	});

	test('an appositive with commas of its own still reaches the verb', () => {
		const text = 'Title line\n\nMarta Quill, a law professor who once worked for Sen. Ann Loy (R-Ore.), one of the levy’s authors, called it “a real turning point.”';
		assert.equal(speakerOf(text, 'turning point'), 'Marta Quill');
	});

	test('a description with its own "on …" is followed by the person’s name in apposition', () => {
		const text = 'Title line\n\nAnother delegate on the Ortiz slate, Bo Lund, said he was only “leaning Ortiz” this week.';
		assert.equal(speakerOf(text, 'leaning Ortiz'), 'Bo Lund');
	});

	test('a short noun phrase of time before the comma is an introduction, not the subject', () => {
		assert.equal(speakerOf('Title line\n\nLast month, Port Director Jim Dale called the plan "extremely careless," but let it pass.', 'careless'), 'Port Director Jim Dale');
		assert.equal(speakerOf('Title line\n\nThe day after the primary, Republican Gov. Dan Dukes called the long queues "unacceptable." Nobody answered.', 'unacceptable'), 'Republican Gov. Dan Dukes');
	});

	test('a party in parentheses after the name does not hide the verb', () => {
		const text = 'Title line\n\nIn a statement released Thursday, Rep. Hal Jeffs (D-Ore.) reacted to the ruling, saying: “The port deserves better than this.”';
		assert.equal(speakerOf(text, 'deserves better'), 'Rep. Hal Jeffs');
	});

	test('in a clause after "that", the subject of the verb before the quote speaks', () => {
		assert.equal(speakerOf('Title line\n\nIt is odd that Dale would denounce “self-rule,” given his own record.', 'self-rule'), 'Dale');
	});

	test('a word set off later in the sentence of an attributed quote is the same speaker’s', () => {
		const text = 'Title line\n\n“You will see a new side of him,” Mr. Holt continued, pointing to more speeches in “quiet settings.”';
		assert.equal(speakerOf(text, 'quiet settings'), 'Holt');
	});
});

suite('roles with "of", and a verb capitalised by mistake', () => {
	test('"the chief of staff, Name, told" gives the name; "a friend of Name said" does not give the friend\'s name', () => {
		assert.equal(speakerOf('Port vote\n\n“It will pass soon enough, and that is certain,” the chief of staff, Oona Hale, told the Ledger.\n', 'pass soon'), 'Oona Hale');
		assert.equal(speakerOf('Port vote\n\n“It will pass soon enough, and that is certain,” Sen. Ida Wren’s head of press, Oona Hale, told the Ledger.\n', 'pass soon'), 'Oona Hale');
		assert.notEqual(speakerOf('Port vote\n\n“It will pass soon enough, and that is certain,” a friend of Oona Hale said.\n', 'pass soon'), 'Oona Hale');
	});

	test('a verb of speech capitalised between a comma and a lower-case word is still the verb', () => {
		assert.equal(speakerOf('Port vote\n\nIda Wren chairs the port board.\n\n“Not our plan, but fine by us!” Wren, the head of the port board, Tweeted on Friday with a photo.\n', 'Not our plan'), 'Wren');
	});
});

suite('subjects the old reading missed', () => {
	test('"She regularly tells" and "he’s said" resolve the pronoun, not "She regularly" or "he’s"', () => {
		const text = 'Title line\n\nIn her run for mayor, Hanna Lisle has stressed her ties to the port. She regularly tells the same story and recites one line: "The harbour never forgets a friend."\n\nEver since Dan Sorel announced his run, he’s said it at each rally: "It is not about me."';
		assert.equal(speakerOf(text, 'never forgets'), 'Hanna Lisle');
		assert.equal(speakerOf(text, 'not about me'), 'Dan Sorel');
	});

	test('two verbs joined by "and" share their subject', () => {
		const text = 'Title line\n\nWhen Robby Mack, the campaign manager, was asked about it, he laughed and said, "We will see about that."';
		assert.equal(speakerOf(text, 'We will see'), 'Robby Mack');
	});

	test('the subject before an appositive with commas of its own is the one that opens the clause', () => {
		const text = 'Title line\n\nBut Tom Fite, the head of Harbour Watch, a group that sued the port last year, said that "the damage is done."\n\nMara Lisle, at a town hall in Dover, Kent, told voters she was "going to close the old docks."';
		assert.equal(speakerOf(text, 'damage is done'), 'Tom Fite');
		assert.equal(speakerOf(text, 'close the old docks'), 'Mara Lisle');
	});

	test('an office speaks with its owner’s name, an unnamed source with what qualifies it', () => {
		const text = 'Title line\n\n"We need to unify the party," Ryder’s office said in a statement.\n\n"The drop is due to the emails," said a person close to the mayor.';
		assert.equal(speakerOf(text, 'unify the party'), 'Ryder’s office');
		assert.equal(speakerOf(text, 'due to the emails'), 'person close to the mayor');
	});

	test('a long apposition after the quote, closed by a comma, still reaches the verb', () => {
		const text = 'Title line\n\n"The plank means a tougher line on the banks," Elna Kamar, a senior fellow at the Harbour Institution and a party delegate, wrote in an analysis.\n\n"Perpetual motion!" Rep. Glen Tomson, R-Pa., said of the week.';
		assert.equal(speakerOf(text, 'tougher line'), 'Elna Kamar');
		assert.equal(speakerOf(text, 'Perpetual motion'), 'Glen Tomson');
	});

	test('a description with its own complement is the subject: "a spokesman for …", "a source familiar with …"', () => {
		const text = 'Title line\n\nA spokesman for Platte Docks declined to comment on the report but said in a statement that "the firm treated every client the same."';
		assert.equal(speakerOf(text, 'every client'), 'spokesman for Platte Docks');
	});

	test('"As X, a professor, put it" names X, past the closing marks of a title', () => {
		const text = "Title line\n\nAs Akil Amar, professor of law and author of ''The Unwritten Charter,'' put it, ''Senators should remember that a compromise today may serve them better.''";
		assert.equal(speakerOf(text, 'compromise today'), 'Akil Amar');
	});

	test('an appositive that is itself an appositive never becomes the subject; "she" is never an organisation', () => {
		const text = 'Title line\n\nAlix Lapp, executive director of the Harbour Majority PAC, a party group, said she thinks members "will be pulled under by the port vote." "Donors are getting excited about the chance," she said.';
		assert.equal(speakerOf(text, 'pulled under'), 'Alix Lapp');
		assert.equal(speakerOf(text, 'Donors are getting'), 'Alix Lapp');
	});

	test('a surname that is also an everyday word speaks once the article uses it as a surname', () => {
		const text = 'Title line\n\nDonna Tramp spoke in Salem on Monday. Tramp told the town hall that the levy is “peanuts,” compared to the old one.';
		assert.equal(speakerOf(text, 'peanuts'), 'Tramp');
		const none = quotesOf('Title line\n\nOfficials hailed the “new dawn” of the harbour.').find((quote) => quote.text === 'new dawn');
		assert.equal(none?.speaker, undefined);
	});

	test('after a quote: a plural possessive in the apposition, a name with its "of the … Center for …"', () => {
		const text = 'Title line\n\n"This campaign is changing the port," Jon Marsh, the Lisles’ campaign manager, told reporters.\n\n"A staged design would be a stretch for them," Jeff Lowes of the Martin Center for Harbour Studies wrote in December.';
		assert.equal(speakerOf(text, 'changing the port'), 'Jon Marsh');
		assert.equal(speakerOf(text, 'staged design'), 'Jeff Lowes');
	});

	test('"Mr. Smith shot back: …" and "In other words, explained moderator Nan Cord: …"', () => {
		const text = "Title line\n\nAsked whether the board should take the blame, Mr. Smith shot back: ''Then let the board pay for the repairs.''\n\nIn other words, explained moderator Nan Cord: \"What does that have to do with the port?\"";
		assert.equal(speakerOf(text, 'pay for the repairs'), 'Mr. Smith');
		assert.match(speakerOf(text, 'to do with the port') ?? '', /^(?:moderator )?Nan Cord$/);
	});

	test('a subject that cannot speak gives way to one that can: "so odd that a spokesman for Rhee could only quip"', () => {
		const text = 'Title line\n\nThe timing was so odd that a spokesman for Dana Rhee could only quip: "I guess the holiday was booked."';
		assert.match(speakerOf(text, 'holiday was booked') ?? '', /Rhee/);
	});

	test('a name right before a colon introduces the quote', () => {
		const text = 'Title line\n\nThe late surge does not surprise the party pollster Dara Shore: “Lesser-known candidates often rise after the first contests.”';
		assert.equal(speakerOf(text, 'Lesser-known'), 'Dara Shore');
	});

	test('in a relative clause the clause’s own subject characterises', () => {
		const text = 'Title line\n\nAnalysts put the port’s debt at $2 billion, which Mr. Tramp called "a disgrace," blaming the board.';
		assert.equal(speakerOf(text, 'disgrace'), 'Mr. Tramp');
	});

	test('a suffix after a name keeps its full stop, and the name stays the subject of its appositive', () => {
		const text = 'Title line\n\n“Ferries work as a way to move people,” Ivo B. Marsh Jr., the director of the Lantern Port Authority, said on Monday.';
		assert.equal(speakerOf(text, 'Ferries work'), 'Ivo B. Marsh Jr.');
	});

	test('“…,” as X said: the clause after the quote may open with "as"', () => {
		const text = 'Title line\n\nThe vote “is a coin toss right now,” as Dana Ruiz said on a morning show.';
		assert.equal(speakerOf(text, 'coin toss'), 'Dana Ruiz');
	});

	test('an introduction that ends in a town and its county is no subject', () => {
		const text = 'Title line\n\nSpeaking at a fair in Dover, Kent County, Ortiz went after Brandt, calling him “a total bore.”';
		assert.equal(speakerOf(text, 'total bore'), 'Ortiz');
		const named = 'Title line\n\nIn Dover, Ortiz, the mayor, called the plan “a costly folly.”';
		assert.equal(speakerOf(named, 'costly folly'), 'Ortiz');
	});

	test('a prepositional phrase between a name and its verb does not become the subject', () => {
		const text = 'Title line\n\nThe union is so present on the trail that Ortiz during a Monday visit thanked its members “for their help in my campaign.”';
		assert.equal(speakerOf(text, 'their help'), 'Ortiz');
	});

	test('the subject of a verb that governs an infinitive speaks the words quoted after it', () => {
		const text = 'Title line\n\nAnd in a turn that recalled, for some, an old slogan of the strike years, Ada Vos pledged to fight the levy “today, tomorrow and always.”';
		assert.equal(speakerOf(text, 'tomorrow'), 'Ada Vos');
	});

	test('a number is never a speaker’s name', () => {
		const text = 'Title line\n\nAt the club, where it costs new members $70,000 to join, Jay Dipper, the club president, suggested the trouble came from “the business of selling houses.”';
		assert.equal(speakerOf(text, 'selling houses'), 'Jay Dipper');
	});

	test('a name and a verb alone after a quote that ends in a full stop still attribute it', () => {
		assert.equal(speakerOf('Title line\n\n“If you are listening, I hope you find the files.” Ortiz said.', 'listening'), 'Ortiz');
		assert.equal(speakerOf('Title line\n\n“We will win.” Ortiz left the hall.', 'We will win'), undefined);
	});

	test('a verbless introduction before a colon presents the speaker', () => {
		assert.equal(speakerOf('Title line\n\nMore from Jones: “The state’s mix of voters is a starting point.”', 'starting point'), 'Jones');
		assert.equal(speakerOf('Title line\n\nHere is Ortiz in December 1992: “Our new direction must rest on the new realities.”', 'new direction'), 'Ortiz');
	});

	test('a person named before "of" and a workplace is the person, named with the workplace as the article names them, in an "as" clause after an introduction too', () => {
		const text = 'Title line\n\nOf course, as Joel Polk of the Courier observed, the winner was not on the stage: “The clear winner of the night was the network.”';
		assert.equal(speakerOf(text, 'clear winner'), 'Joel Polk of the Courier');
		assert.equal(speakerOf('Title line\n\n“Wages have stalled,” said Ross Ebner of the Labor Policy Institute.', 'Wages'), 'Ross Ebner of the Labor Policy Institute');
	});

	test('a party in parentheses between a later clause’s subject and its verb', () => {
		const text = 'Title line\n\nIt was no surprise that Sen. Ada Vos (D-Ore.) called the harbour plan a “proven failure” on Monday.';
		assert.equal(speakerOf(text, 'proven failure'), 'Sen. Ada Vos');
	});

	test('initials joined by full stops open a name', () => {
		const text = 'Title line\n\n“The platform has grown up,” said J.M. Bergen, a fellow at the institute.';
		assert.equal(speakerOf(text, 'grown up'), 'J.M. Bergen');
	});

	test('"he" is never a country or a place the gazetteer knows', () => {
		const text = 'Title line\n\nThe bank grew fast in Puerto Rico. He called the plan “a total disgrace to the town.”';
		assert.equal(speakerOf(text, 'total disgrace'), undefined);
	});

	test('a dateline is no subject: the clause starts after its dash', () => {
		const text = 'Title line\n\nRENO, Nev. (AP) — Dana Ruiz says she rarely watches football because the league has gone “soft” like the country.';
		assert.equal(speakerOf(text, 'soft'), 'Dana Ruiz');
		const titled = 'Title line\n\nLantern (AFP) – Democrat Dana Ruiz has taken a swipe at her rival, saying that “loud remarks” do more harm than good.';
		assert.equal(speakerOf(titled, 'loud remarks'), 'Democrat Dana Ruiz');
	});

	test('a time phrase between the subject and its verb does not hide the subject of "saying"', () => {
		const text = 'Title line\n\nDana Ruiz on Thursday stepped up her attacks on Brandt, saying he is "weak on the harbour, you know that."';
		assert.equal(speakerOf(text, 'weak on the harbour'), 'Dana Ruiz');
	});

	test('"But, said X, “…”": the verb first after an opening conjunction', () => {
		const text = 'Title line\n\nSam Sollo said his boss was "always kind." But, said Sollo, "I do not want to pick a fight with him."';
		assert.equal(speakerOf(text, 'pick a fight'), 'Sollo');
	});

	test('a relative clause between a subject and its verb in a later clause', () => {
		const text = 'Title line\n\nIt was less than three years ago that Mara Bloom, who is thinking about running, said it was "impossible" for her to win.';
		assert.equal(speakerOf(text, 'impossible'), 'Mara Bloom');
	});

	test('the subject of a clause that a verb of saying opens is what is spoken of, not who speaks', () => {
		const text = 'Title line\n\nAda Quill toured the docks and said that Brandt looks “very tired” these days.';
		assert.equal(speakerOf(text, 'very tired'), 'Ada Quill');
		const later = 'Title line\n\nAda Quill toured the docks and said this week that Brandt looks “very tired” now.';
		assert.equal(speakerOf(later, 'very tired'), 'Ada Quill');
		const relative = 'Title line\n\nThe council showed a film that Judge Ivo Marsh called “distasteful” on Monday.';
		assert.equal(speakerOf(relative, 'distasteful'), 'Judge Ivo Marsh');
	});

	test('a sentence whose subject is the same pronoun goes on about that pronoun’s person', () => {
		const text = 'Title line\n\nMr. Brandt saw no harm in the harbour talks. But he hinted that Mr. Quill was playing to the crowd at home. “The pressure on them is real,” he said.';
		assert.equal(speakerOf(text, 'pressure'), 'Brandt');
	});

	test('“who” after a name stands for it: the name calls it so', () => {
		const text = 'Title line\n\nSet that beside Brandt, who has called the ferry deal "madness," and repeats it often.';
		assert.equal(speakerOf(text, 'madness'), 'Brandt');
	});

	test('a name before a phrase with “his” or “her” is the subject after “when”', () => {
		const text = 'Title line\n\nLast spring, when Brandt in his first address called the auditors “cowards” and vowed a recount, the council froze.';
		assert.equal(speakerOf(text, 'cowards'), 'Brandt');
	});

	test('a phrase of time may stand between a subject and its verb', () => {
		const text = 'Title line\n\nProvost Nora J. Quill, the college’s longest-serving officer, on Tuesday called the memo “careless,” a rare rebuke.';
		assert.match(speakerOf(text, 'careless') ?? '', /Nora J\. Quill$/);
	});

	test('a participle’s speaker is the subject of the clause it hangs on, past an introduction and a parenthesis', () => {
		const intro = 'Title line\n\nIn a talk with the Gazette, Brandt kept doubting the toll, saying the council could not "balance the books" this year.';
		assert.equal(speakerOf(intro, 'balance the books'), 'Brandt');
		const parenthesis = 'Title line\n\nHarbour chief Sen. Ivo Marsh (D-Kent) on Saturday faulted the toll, saying the plan falls “well short of what the docks need.”';
		assert.match(speakerOf(parenthesis, 'well short') ?? '', /Ivo Marsh$/);
		const absolute = 'Title line\n\nThe port closed for a week, with Ortiz saying it was “a disgrace.”';
		assert.equal(speakerOf(absolute, 'disgrace'), 'Ortiz');
	});

	test('an age before a name, and an appositive whose closing comma is missing, leave the name the speaker', () => {
		const age = 'Title line\n\n68-year-old Ada Brandt, head of the Quay Society and a volunteer since the 1970s, backed Vos last week, saying she “knows every berth by name.”';
		assert.equal(speakerOf(age, 'every berth'), 'Ada Brandt');
		const unclosed = 'Title line\n\nPia Lund, chair and CEO of Quay Merchants Guild stated, “The numbers simply do not add up.”';
		assert.equal(speakerOf(unclosed, 'add up'), 'Pia Lund');
	});

	test('“According to X,” before a quote names its speaker', () => {
		const text = 'Title line\n\nThe port is busy. According to Rosa Imre of Dock Watch, “Cargo has been leaving at night for months.”';
		assert.equal(speakerOf(text, 'leaving at night'), 'Rosa Imre of Dock Watch');
	});

	test('“who” after a name and its comma stands for the name before a verb of saying', () => {
		const text = 'Title line\n\nAny ruling would pass through Harbour Counsel Edda K. Faro, who told the board when pressed last week: "The file sits with the inspectors, not with me."';
		assert.match(speakerOf(text, 'file sits') ?? '', /Edda K\. Faro$/);
	});

	test('an adverb in -ly the tagger knows stands between a subject and its verb; a noun in -ly does not', () => {
		const text = 'Title line\n\nOrtiz, visibly tired, famously answered: "Why would the date matter now?"';
		assert.equal(speakerOf(text, 'date matter'), 'Ortiz');
		const family = 'Title line\n\nThe family said: “We are grateful.”';
		assert.equal(speakerOf(family, 'grateful'), 'family');
	});

	test('a phrase of time after a name is no part of it', () => {
		const text = 'Title line\n\nBrandt last week called the memo “careless,” a rare rebuke.';
		assert.equal(speakerOf(text, 'careless'), 'Brandt');
	});

	test('after a quote, an age between commas and two titles joined by “and” stay in the speaker’s apposition', () => {
		const age = 'Title line\n\n“Neither plan convinces me,” Lev Arno, 41, of Dover, Kent, who took part in the survey, said on Sunday.';
		assert.equal(speakerOf(age, 'convinces'), 'Lev Arno');
		const titles = 'Title line\n\n“Nobody reads the small print,” said former Kent Gov. and Quay Board Chairman Ed Rowe.';
		assert.equal(speakerOf(titles, 'small print'), 'Ed Rowe');
	});

	test('titles in quotation marks do not make a sentence a title-case headline', () => {
		const text = 'Title line\n\nKent Sen. Ted Varga, who has seen a rise in Dover, named “Harbour Nights” and “Salt” as his top films.';
		assert.match(speakerOf(text, 'Salt') ?? '', /Ted Varga$/);
	});

	test('a name with its party in parentheses before a colon introduces the quote', () => {
		const text = 'Title line\n\nRep. Nils Ostby (R-S.C.):"Nobody in this room has seen that number before. Where did it come from?"';
		assert.equal(speakerOf(text, 'that number'), 'Rep. Nils Ostby');
	});

	test('an apposition between dashes stands between a subject and its verb of saying', () => {
		const dashes = 'Title line\n\nOn Friday, Brask — tipped by the Gazette as the likely pick for the deputy post — told Mia Orr of the Ledger, that “any offer would deserve a long look.”';
		assert.equal(speakerOf(dashes, 'long look'), 'Brask');
		const described = 'Title line\n\nA former rival -- Ivar Hult, who lost the race to Vos -- said the mayor "changed nothing in his plan."';
		assert.equal(speakerOf(described, 'changed nothing'), 'Ivar Hult');
	});

	test('a paragraph ending in a colon introduces the quote that opens the next one, before any speaker carried on', () => {
		const text = 'Title line\n\nDr. Vance wrote:\n\n"The council has stopped listening to the docks."\n\nThe Gazette confirmed that account, reporting:\n\n"Each time a berth was sold, a donation followed."\n\nOrtiz continued:\n\n“Read the minutes. Nothing in them adds up.”';
		assert.equal(speakerOf(text, 'stopped listening'), 'Vance');
		assert.equal(speakerOf(text, 'berth was sold'), 'Gazette');
		assert.equal(speakerOf(text, 'minutes'), 'Ortiz');
	});

	test('a quote signed in the next paragraph (“- Ada Brandt.”) is that person’s', () => {
		const text = 'Title line\n\nDr. Vance called the figures odd.\n\n"Dock families fear the next winter more than the last one."\n\n- Ada Brandt.\n\nThe figure she cites is two years old.';
		assert.equal(speakerOf(text, 'Dock families'), 'Ada Brandt');
	});

	test('“he continued” after a quote goes on with its speaker, whatever a first name suggests; a question keeps the speaker who introduced it', () => {
		const text = 'Title line\n\nSen. Leslie Brandt (R-SC) took aim at his rival Tom Ortiz over the ferry fares. Brandt said, “Who here thinks higher fares win votes?” He continued, “We need to undo the harm. Tom Ortiz is sinking the harbour plan.”';
		assert.equal(speakerOf(text, 'Who here'), 'Brandt');
		assert.equal(speakerOf(text, 'undo the harm'), 'Brandt');
	});

	test('a governor “of” a state is the person, named with the state as the article names them, not the state alone', () => {
		const text = 'Title line\n\n“It is a brave choice,” said Gov. Erik J. Sand of Kent, who once hired her as an adviser. He added, “We shall see how the docks take it.”';
		assert.equal(speakerOf(text, 'brave choice'), 'Erik J. Sand of Kent');
		assert.equal(speakerOf(text, 'docks take it'), 'Erik J. Sand of Kent');
	});

	test('an “as” clause names the speaker only with a verb of telling; “as the crowd began to chant” is a time', () => {
		const time = 'Title line\n\nAs the hall began to clap, Morlan was joined at the lectern by Mayor Ida Roe and quipped, “Save some of that for the budget,” to laughter.';
		assert.equal(speakerOf(time, 'budget'), 'Morlan');
		const telling = 'Title line\n\nAs the Courier reported, “the vote was delayed twice.”';
		assert.equal(speakerOf(telling, 'delayed twice'), 'Courier');
	});

	test('“Will” and “May” in a name are no auxiliaries', () => {
		const after = 'Title line\n\n“The fees are too high,” said Will Dunmore, a lecturer in law at a college in the north.';
		assert.equal(speakerOf(after, 'fees'), 'Will Dunmore');
		const before = 'Title line\n\n“We will see,” Prime Minister Ada May said on Friday.';
		assert.equal(speakerOf(before, 'We will see'), 'Ada May');
	});

	test('a surname that is also a verb is the subject of the verb after it', () => {
		const text = 'Title line\n\nBen Cross, a former aide, wrote the speech. Cross called the coming vote “a citizenship election” and likened it to older campaigns.';
		assert.equal(speakerOf(text, 'citizenship'), 'Cross');
		const headline = 'Ortiz Calls Harbour Vote “A Farce”\n\nThe mayor spoke on Monday.';
		assert.equal(tagRange(headline, 0, headline.indexOf('\n')).find((token) => token.text === 'Calls')?.pos, 'VERB');
	});
});

suite('the lexicon of people', () => {
	test('a first name tells a gender from a maintained list; a surname tells none', () => {
		assert.equal(genderOfFirstName('Margaret'), 'f');
		assert.equal(genderOfFirstName('Thomas'), 'm');
		assert.equal(genderOfFirstName('Vellacourt'), undefined);
	});

	test('titles and roles tell a gender', () => {
		assert.equal(genderOfTitle('Mrs.'), 'f');
		assert.equal(genderOfTitle('spokesman'), 'm');
		assert.equal(genderOfTitle('Senator'), undefined);
	});

	test('days, months and acronyms are no people', () => {
		assert.equal(mayNamePerson(['Thursday']), false);
		assert.equal(mayNamePerson(['NATO']), false);
		assert.equal(mayNamePerson(['Lena', 'Ortiz']), true);
	});
});
