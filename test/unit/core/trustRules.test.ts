import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('rules that keep the default list to real disagreements', () => {
	test('a person the other outlets name only by the role they give them is not swapped for the one named', async () => {
		const found = await compareTexts(
			'The judge sentenced Peter Tenby to life in prison for the killings on Friday, in the same court where they took place.',
			'Judge Ada Quillon handed down a life sentence for the killings on Friday, in the same court where they took place.',
			'Judge Ada Quillon handed down a life sentence for the killings on Friday, in the same court where they took place.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Tenby', 'Quillon'), [], show(found));
	});

	test('the same role with another name is still a different person', async () => {
		const found = await compareTexts(
			'Judge Tom Brackley handed down a life sentence for the killings on Friday, in the same court where they took place.',
			'Judge Ada Quillon handed down a life sentence for the killings on Friday, in the same court where they took place.',
			'Judge Ada Quillon handed down a life sentence for the killings on Friday, in the same court where they took place.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Brackley', 'Quillon').length, 1, show(found));
	});

	test('one item of a list is never swapped for a name the other passage gives alone', async () => {
		const found = await compareTexts(
			'Keel joins a line of dismissed managers this spring, after the clubs in Boston, Denver and Atlanta let theirs go.',
			'Keel joins a line of dismissed managers this spring, after the owners in Chicago let him go on Saturday.',
			'Keel joins a line of dismissed managers this spring, after the owners in Chicago let him go on Saturday morning.',
		);
		assert.deepEqual(listed(found, 'entity'), [], show(found));
	});

	test('a place inside the other (a capital in its country, a country in its continent) is no swap; two cities are', async () => {
		const marched = (place: string, tail = '') => `Protesters marched through central ${place} on Wednesday as lawmakers debated the cuts${tail}.`;
		const nested = await compareTexts(marched('Athens'), marched('Greece'), marched('Greece', ', police said'));
		assert.deepEqual(listed(nested, 'entity'), [], show(nested));
		const apart = await compareTexts(marched('Athens'), marched('Sofia'), marched('Sofia', ', police said'));
		assert.equal(naming(listed(apart, 'entity'), 'Athens', 'Sofia').length, 1, show(apart));
		const { placesNest } = await import('../../../src/core/entities/places');
		assert.deepEqual([placesNest('Europe', 'Germany'), placesNest('U.S.', 'Washington D.C.'), placesNest('Beijing', 'Xinjiang'), placesNest('Greece', 'Germany')], [true, true, false, false]);
	});

	test('a city in its region or its country is no swap either, by the cities gazetteer; a city and another region are', async () => {
		const marched = (place: string, tail = '') => `Protesters marched through central ${place} on Wednesday as lawmakers debated the cuts${tail}.`;
		const nested = await compareTexts(marched('Dallas'), marched('Texas'), marched('Texas', ', police said'));
		assert.deepEqual(naming(nested, 'Dallas', 'Texas'), [], show(nested));
		const { placesNest } = await import('../../../src/core/entities/places');
		assert.deepEqual(
			[placesNest('Nashville', 'Tennessee'), placesNest('Tennessee', 'United States'), placesNest('Houston', 'U.S.'), placesNest('Nashville', 'Texas'), placesNest('Lyon', 'Tennessee')],
			[true, true, true, false, false],
		);
	});

	test('a town the gazetteers do not know, against a region, is not listed: it may lie inside it; a town against a known city is', async () => {
		const clinic = (place: string, tail = '') => `The singer checked into a private clinic in ${place} on Tuesday, her agent said${tail}.`;
		const unknownTown = await compareTexts(clinic('Vellmouth'), clinic('California'), clinic('California', ' in a statement'));
		assert.deepEqual(naming(listed(unknownTown, 'entity'), 'Vellmouth', 'California'), [], show(unknownTown));
		const knownCity = await compareTexts(clinic('Vellmouth'), clinic('Toronto'), clinic('Toronto', ' in a statement'));
		assert.equal(naming(listed(knownCity, 'entity'), 'Vellmouth', 'Toronto').length, 1, show(knownCity));
		const { mayLieInside } = await import('../../../src/core/entities/places');
		assert.deepEqual(
			[mayLieInside('Vellmouth', 'Texas'), mayLieInside('France', 'Vellmouth'), mayLieInside('Vellmouth', 'Dallas'), mayLieInside('Vellmouth', 'Tarnby'), mayLieInside('Beijing', 'Xinjiang')],
			[true, true, false, false, false],
		);
	});

	test('two full names that share a word, in the same place of aligned passages, one of them met once, are one person misnamed', async () => {
		const found = await compareTexts(
			'Her death in a Tarn hospital was confirmed on Friday evening by Tomas Vey, who speaks for the family.',
			'Her death was confirmed late on Friday by Tomas Brisk, who speaks for the family, in a short statement.',
			'Before the war, Tomas Vey taught music at a school in Dover for twenty years.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Tomas Vey', 'Tomas Brisk').length, 1, show(found));
	});

	test("a quote's garbled source is set against every outlet that names the source, before the quote or after it", async () => {
		const found = await compareTexts(
			'“Our ports will stay open day and night for grain ships,” said Minister Ivo Strel, quoted by the official Tarn Neue Agency.',
			'Minister Ivo Strel is quoted by the state-run Varda News Agency as saying, “Our ports will stay open day and night for grain ships.”',
			'“Our ports will stay open day and night for grain ships,” the Varda News Agency quoted Strel as saying.',
		);
		const garbled = naming(listed(found, 'entity'), 'Tarn Neue Agency', 'Varda News Agency');
		assert.equal(garbled.length, 1, show(found));
		assert.deepEqual([...new Set(garbled[0].mentions.map((mention) => mention.article))].sort(), ['a1', 'a2', 'a3']);
	});

	test('a list repeated with one item changed is still read', async () => {
		const found = await compareTexts(
			'Coaches were fired this season in Boston, Denver and Atlanta, the league said.',
			'Coaches were fired this season in Boston, Seattle and Atlanta, the league said.',
			'Coaches were fired this season in Boston, Seattle and Atlanta, the league said on Friday.',
		);
		assert.equal(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Denver', 'Seattle').length, 1, show(found));
	});

	test('a first letter romanised otherwise by an outlet that keeps to it, or a hyphen, is not listed; a letter changed inside is', async () => {
		const romanised = await compareTexts(
			'President Karolos Venizakis condemned the attack. Karolos Venizakis spoke on Monday.',
			'President Carolos Venizakis condemned the attack. Carolos Venizakis spoke on Monday.',
			'President Carolos Venizakis condemned the attack on the ministry.',
		);
		assert.deepEqual(listed(romanised, 'entity'), [], show(romanised));
		const hyphen = await compareTexts('Her memoir, Jet-Set Pilot, sold well in Dover.', 'Her memoir, Jetset Pilot, sold well in Dover.', 'Her memoir, Jetset Pilot, sold well in Dover last year.');
		assert.deepEqual(listed(hyphen, 'entity'), [], show(hyphen));
		const slip = await compareTexts(
			'President Carolos Venizakis condemned the attack on the ministry.',
			'President Carolos Venizakis condemned the attack on the ministry on Monday.',
			'President Carolos Venizikis condemned the attack on the ministry.',
		);
		assert.equal(listed(slip, 'entity').length, 1, show(slip));
	});

	test('a full name that shares all words but one with the name the others give, in aligned passages however ordered, is one person misnamed', async () => {
		const found = await compareTexts(
			'Tarn Chief of Police Scott Brisk lay gravely hurt at the Vell hospital after the blast.',
			'Tarn Police Chief Scott Vey was taken to the Vell hospital in critical condition after the blast, officials said.',
			'Scott Vey, the Tarn police chief, was in critical condition in the Vell hospital after the blast.',
			'The blast wounded Scott Vey, who leads the Tarn police.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Scott Brisk', 'Scott Vey').length, 1, show(found));
	});

	test('a name met once that stands, word for word, where the others name a place is a different place, whatever its few words suggest', async () => {
		// "Brennick" alone reads as a surname.
		const reached = (place: string, tail = '') => `The convoy reached ${place} before dawn, ending a week on the road${tail}.`;
		const found = await compareTexts(reached('Port Vell'), reached('Port Vell', ', officials said'), reached('Brennick'), 'Port Vell lies in the south.');
		assert.equal(naming(listed(found, 'entity'), 'Brennick', 'Port Vell').length, 1, show(found));
	});

	test('a name inside the title of a work is no swap with a name in another work\'s title', async () => {
		const found = await compareTexts(
			'An award came to him in 2011 when he starred in the stage show “The Girl From Vell.”',
			'An award came to him in 2011 when he starred in the stage show “The Girl From Vell.”',
			'An award came to him in 2011 when he starred in the movie “Tarnland,” his best-known work.',
			'Tarnland is a country in the north.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Vell', 'Tarnland'), [], show(found));
	});

	test('the words of two works\' titles are never read as a swap, not even a low one', async () => {
		// Two outlets cite the stage show, one the film: "Vell" and "Orlek" name no place of the story here.
		const found = await compareTexts(
			'His best-known role came in the stage show “Winter in Vell,” the studio said on Monday.',
			'His best-known role came in the stage show “Winter in Vell,” the studio said on Monday.',
			'His best-known role came in the film “Summer in Orlek,” the studio said on Monday.',
			'Vell is a town in the north. Orlek is a town in the south.',
		);
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Orlek', 'Vell'), [], show(found));
	});

	test('accepted spellings of one name (British and American forms, a plural head word) are not listed', async () => {
		const found = await compareTexts(
			'The Harbour Board met at the Tarn Centre on Monday to hand out the Vell Awards.',
			'The Harbor Board met at the Tarn Center on Monday to hand out the Vell Award.',
			'The Harbour Board met at the Tarn Centre on Monday to hand out the Vell Awards, officials said.',
		);
		assert.deepEqual(listed(found, 'entity'), [], show(found));
		const slip = await compareTexts('Director Gary Vess spoke in Tarn.', 'Director Gary Vess spoke in Tarn on Monday.', 'Director Gary Ves spoke in Tarn.');
		assert.equal(listed(slip, 'entity').length, 1, show(slip));
	});

	test('a body named after its country in one outlet and after the country\'s adjective in another is not listed', async () => {
		const found = await compareTexts(
			'The Kenya Defence Forces said on Monday that the convoy had reached Tarn.',
			'The Kenyan Defense Forces said on Monday that the convoy had reached Tarn.',
			'The Kenya Defence Forces said on Monday that the convoy had reached Tarn, officials said.',
		);
		assert.deepEqual(listed(found, 'entity'), [], show(found));
		const slip = await compareTexts(
			'The Kenya Defence Forces said on Monday that the convoy had reached Tarn.',
			'The Kenya Defence Forces said on Monday that the convoy had reached Tarn, officials said.',
			'The Kenya Defence Froces said on Monday that the convoy had reached Tarn.',
		);
		assert.equal(listed(slip, 'entity').length, 1, show(slip));
	});

	test('years in one role are a stint of a career, not the same length of time', async () => {
		const found = await compareTexts(
			'Orrin Vale has now worked 19 seasons for the Gulls.',
			'Orrin Vale has now worked 19 seasons for the Gulls, the club said.',
			'Orrin Vale spent four seasons as the Gulls\' scout before he was promoted.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), '19', 'four'), [], show(found));
	});

	test('a surname misspelt past recognition is listed in a sentence that is the best match on one side only; another first name is not', async () => {
		const ours = 'Obituary\n\nAda Lenz, the cellist who went on to conduct the city orchestra, has died at home at the age of 84.\n\nHer agent, Tomas Vey, said she died in a hospital in Tarn on Friday.';
		const theirs = (name: string) =>
			`Obituary\n\nAda Lenz, the cellist who went on to conduct the city orchestra, has died at home at the age of 84.\n\nShe died in a hospital in Tarn on Friday, the family said.\n\nHer agent, ${name}, said she had been ill for months.`;
		const misspelt = await compareTexts(ours, ours, theirs('Tomas Brisk'));
		assert.ok(naming(listed(misspelt, 'entity'), 'Tomas Brisk', 'Tomas Vey').length > 0, show(misspelt));
		const brother = await compareTexts(ours, ours, theirs('Jack Vey'));
		assert.deepEqual(naming(listed(brother, 'entity'), 'Jack Vey'), [], show(brother));
	});

	test('two first names of one surname are not placed by the surname alone ("Bill" / "William")', async () => {
		const found = await compareTexts(
			'Tom Dale and bomb technician Bill Orrick were killed in the blast at the Tarn bank.',
			'The victims were Senior Trooper William Orrick of the state police and Tom Dale.',
			'Trooper William Orrick, a bomb technician, died in the Tarn bank blast.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Bill Orrick', 'William Orrick'), [], show(found));
	});

	test('a misspelt place that its context alone types as a person is still a spelling of the place', async () => {
		const said = (place: string, tail = '') => `Chancellor Elke Brandt told lawmakers in Berlin that the future of ${place} was at stake${tail}.`;
		const found = await compareTexts(said('Germany'), said('Germany', ' on Friday'), said('Germani'));
		assert.equal(naming(listed(found, 'entity'), 'Germany', 'Germani').length, 1, show(found));
	});

	test('a name the finder cut at a hyphen ("the Jet-set Pilot" read as "Jet") is no other person', async () => {
		const memoir = (title: string) => `Books\n\nHer memoir, Notes of a ${title}, came out in 1996 and sold well.`;
		const found = await compareTexts(memoir('Jet-set Pilot'), memoir('Jetset Pilot'), memoir('Jetset Pilot'));
		assert.deepEqual(listed(found, 'entity'), [], show(found));
	});

	test('one body under another common head word ("Clinic" / "Center") is not listed as garbled', async () => {
		const found = await compareTexts(
			'She checked into the Dorrit Hale Clinic in Palm Desert on Thursday night.',
			'She checked into the Dorrit Hale Center in Palm Desert on Thursday night.',
			'She checked into the Dorrit Hale Center in Palm Desert on Thursday.',
		);
		assert.deepEqual(listed(found, 'entity'), [], show(found));
	});
});

suite('days of the week', () => {
	test('near copies that put one event on another weekday are listed; of a passage naming two days, the day beside the same words', async () => {
		const checked = (day: string, tail = '') => `The singer Lena Marsh checked into a clinic in Palm Desert on ${day} night, her lawyer told the court${tail}.`;
		const found = await compareTexts(checked('Thursday'), checked('Thursday', ' in Tarn'), checked('Sunday'));
		assert.equal(naming(listed(found, 'figure'), 'Thursday', 'Sunday').length, 1, show(found));
		const two = await compareTexts(checked('Thursday'), checked('Thursday', ' in Tarn'), 'The singer Lena Marsh checked into a clinic in Palm Desert on Sunday night, after a hearing on Monday, her lawyer told the court.');
		assert.equal(naming(listed(two, 'figure'), 'Thursday', 'Sunday').length, 1, show(two));
		assert.deepEqual(naming(two, 'Monday'), [], show(two));
	});

	test('a weekday beside the same words as the day two outlets agree on is listed, however the sentences go on', async () => {
		const found = await compareTexts(
			'After two years of delays, the man who set fire to the Tarn archive was sentenced Sunday to life in prison without parole and 40 years more.',
			'Orrin Vale was sentenced Saturday morning to life in prison for the archive fire, the court said.',
			'Orrin Vale was sentenced Saturday to life in prison for the fire at the Tarn archive.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Saturday', 'Sunday').length, 1, show(found));
	});

	test('a score both passages give tells one game as surely as a word beside the day', async () => {
		const found = await compareTexts(
			'Coach fired\n\nThe Gulls lost a fourth game in a row on Monday, a 104-97 defeat by the Terns, and sit last in the division.',
			"Coach fired\n\nFriday's 104-97 home defeat by the Terns, the fourth straight, was the end for the coach.",
			"Coach fired\n\nA 104-97 home defeat by the Terns on Friday sealed the coach's fate, officials said.",
		);
		assert.equal(naming(listed(found, 'figure'), 'Monday', 'Friday').length, 1, show(found));
	});

	test('two outlets that each name a day beside a few common words are not listed: nothing says it is one event', async () => {
		const found = await compareTexts(
			'Fans jeered the team in Tuesday\'s defeat by Vell, and the owners met.',
			'An aide said on Friday that the team\'s defeats were not the reason for the change.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a year of loosely alike passages is listed when the same words stand around it', async () => {
		const found = await compareTexts(
			'Dorn, who killed four guards in a 1999 courthouse shooting in Tarn, was returned to the state prison in Vell on Monday after a week on the run.',
			'Dorn, serving life for a 1996 courthouse shooting that killed four guards, was captured on Monday and returned to prison.',
			'Dorn, who killed four guards in a 1999 courthouse shooting, escaped from a prison van last week.',
		);
		assert.equal(naming(listed(found, 'figure'), '1999', '1996').length, 1, show(found));
	});

	test('a passage that gives the others\' value for someone else still disagrees on its own figure', async () => {
		const found = await compareTexts(
			'Orrin Vale joined the club on a four-season, $80 million agreement last summer.',
			'Orrin Vale joined the club on a four-season agreement worth $80 million last summer.',
			'The club, which signed Orrin Vale to an $82 million deal, gave Ada Brisk $80 million and Tom Dale $25 million in the summer.',
		);
		assert.equal(naming(found.filter((discrepancy) => discrepancy.kind === 'figure'), '82').length, 1, show(found));
	});

	test('a passage that gives the others\' year and one more is a list that goes on, not another year', async () => {
		const found = await compareTexts(
			'Brenn hosted the 2004 Harbour Awards, and won a prize for it.',
			'Brenn hosted the 2004 Harbour Awards and won a prize for it.',
			'Brenn hosted both the 2004 and 2005 Harbour Awards, and won a prize for it.',
		);
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'figure'), '2005'), [], show(found));
	});
});

suite('quotes: what counts as the same words', () => {
	test("an editor's name in brackets inside a quote is not a change of the quote", async () => {
		const quote = (inside: string) => `“Please give her${inside} and those close to her some quiet in these weeks,” said agent Rolf Denning.`;
		const found = await compareTexts(quote(''), quote(' (Lena Marsh)'), quote(''));
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'quote'), [], show(found));
	});

	test('two sentences of one speaker that share two words are not one quote reworded; a short quote with one word changed is', async () => {
		const habit = await compareTexts(
			'Harbour\n\nAda Brisk spoke of the storm at length.\n\n“You never sail out alone in that weather.\n\nI certainly wouldn’t.”',
			'Harbour\n\nAda Brisk spoke of the storm at length.\n\n“I wouldn’t trust the new pier,” Brisk said.',
		);
		assert.equal(listed(habit, 'quote').length, 0, show(habit));
		const modal = await compareTexts('Harbour\n\n“We must leave now,” the skipper said as the storm rose.', 'Harbour\n\n“We should leave now,” the skipper said as the storm rose.');
		assert.equal(listed(modal, 'quote').length, 1, show(modal));
	});

	test('a negation moved to another verb is no negation added', async () => {
		const found = await compareTexts(
			'“I didn\'t feel the team was playing the way we want to play,” said manager Rolf Denning.',
			'“I feel the team wasn\'t playing the way we want to play,” said manager Rolf Denning.',
		);
		assert.deepEqual(listed(found, 'quote'), [], show(found));
	});

	test("a quote's verb reworded is listed, and so are words dropped from its middle", async () => {
		const verb = await compareTexts(
			'“A new council of harbour towns has been founded between our ports, built on trust and on regard for the trade of every town,” said Mayor Rolf Denning.',
			'“A new council of harbour towns has been dissolved between our ports, built on trust and on regard for the trade of every town,” said Mayor Rolf Denning.',
		);
		assert.equal(listed(verb, 'quote').length, 1, show(verb));
		const dropped = await compareTexts(
			'“She won the hearts of a generation of sailors and fishermen with her courage,” said Mayor Rolf Denning.',
			'“She won the hearts of a generation with her courage,” said Mayor Rolf Denning.',
		);
		// Words left out inside the marks, unmarked, are a misquote a reader checks (issue 12: "a
		// quote's wording"); read so on the labelled clusters' low quotes (`quoteRules.rewordedInside`).
		// A quote cut where it begins is not (`quoteRewording.test.ts`).
		assert.equal(listed(dropped, 'quote').length, 1, show(dropped));
	});
});

suite('a quote against the same words without quotation marks', () => {
	test('a negation dropped where another outlet reports the quote without marks is listed, and says so', async () => {
		const found = await compareTexts(
			'Harbour\n\n“We will not close the harbour before the storm season ends,” the mayor said on Monday.',
			'Harbour\n\nThe mayor said on Monday they will close the harbour before the storm season ends.',
			'Harbour\n\nThe mayor said on Monday that they would not close the harbour before the storm season ends.',
		);
		const quotes = listed(found, 'quote');
		assert.equal(quotes.length, 1, show(found));
		assert.match(quotes[0].summary, /“not” dropped by a2/);
		assert.match(quotes[0].reason, /without quotation marks/);
	});

	test('a modal moved back a tense, as reported speech does, is no change ("will" / "would")', async () => {
		const found = await compareTexts(
			'Harbour\n\n“We will reopen the harbour to the fishing fleet before the storm season ends,” the mayor said on Monday.',
			'Harbour\n\nThe mayor said on Monday they would reopen the harbour to the fishing fleet before the storm season ends.',
		);
		assert.equal(listed(found, 'quote').length, 0, show(found));
	});

	test('a paraphrase that shares only some of the words is the reporter\'s, not a misquote', async () => {
		const found = await compareTexts(
			'Harbour\n\n“We will certainly reopen the harbour to the whole fishing fleet once the storm season ends,” the mayor said.',
			'Harbour\n\nThe fishing fleet can expect the harbour to reopen after the storms, the mayor said.',
		);
		assert.equal(listed(found, 'quote').length, 0, show(found));
	});
});

suite('two outlets\' reported speech of one saying', () => {
	test('a negation one reporter drops from the other\'s words is listed, though no outlet quotes the words in marks', async () => {
		const found = await compareTexts(
			'Ferry fire\n\nThe harbour master Ada Lenz said the crew had not been warned about the faulty pump before the fire.',
			'Ferry fire\n\nThe harbour master Ada Lenz said the crew had been warned about the faulty pump before the fire.',
		);
		const quotes = listed(found, 'quote');
		assert.equal(quotes.length, 1, show(found));
		assert.match(quotes[0].summary, /“not”/);
		assert.match(quotes[0].reason, /without quotation marks/);
	});

	test('so is one said by a speaker the finder names in one outlet alone ("His lawyer said …" / "Dorn\'s lawyer said …")', async () => {
		const found = await compareTexts(
			'Mayor sentenced\n\nJudge Lena Sorn said Dorn had "failed the whole town". His lawyer said he would appeal.',
			'Mayor sentenced\n\nJudge Lena Sorn said Dorn "failed the whole town". Dorn\'s lawyer said he would not appeal.',
		);
		const quotes = listed(found, 'quote');
		assert.equal(quotes.length, 1, show(found));
		assert.match(quotes[0].summary, /“not”/);
	});

	test('so is a plea the reporters tell with subjects of their own ("pleaded not guilty" / "pleaded guilty")', async () => {
		const found = await compareTexts(
			'Banker in court\n\nFormer Orla Bank chief Tomas Vey pleaded not guilty on Monday to nine counts of fraud at a court in Tarnby.',
			'Banker in court\n\nTomas Vey, the former head of Orla Bank, pleaded guilty on Monday to nine counts of fraud in a Tarnby court.',
		);
		const quotes = listed(found, 'quote');
		assert.equal(quotes.length, 1, show(found));
		assert.match(quotes[0].summary, /“not”/);
	});

	test('a word or an intensifier the reporters choose differently is theirs, not the speaker\'s', async () => {
		const found = await compareTexts(
			'Ferry fire\n\nThe harbour master Ada Lenz said the crew had been warned about the faulty pump before the fire.',
			'Ferry fire\n\nThe harbour master Ada Lenz said the crew had been firmly warned about the faulty pump before the fire.',
		);
		assert.deepEqual(listed(found, 'quote'), [], show(found));
	});
});
