import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('ages told of the subject of a death, past a long apposition or by a pronoun', () => {
		const others = [
		article('Lenz dead', 'Tributes came from conductors across the continent on Monday.', 'Ada Lenz, 85, had been ill since the spring.'),
		article('Lenz has died', 'The orchestra called off its evening concert in her honour.', 'Ada Lenz, 85, had been ill since the spring.'),
	];
	const ageOf = async (...body: string[]) => {
		const found = await compareTexts(article('Cellist dies', ...body), ...others);
		return { found, ages: listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Age of Ada Lenz')) };
	};

	test('"has died at the age of" after the name gives its age, and so do a few words and a date before "at"', async () => {
		for (const lede of ['Ada Lenz has died at the age of 88 in a Tarn hospital.', 'Ada Lenz passed away on Thursday, May 11, at age 88.', 'Ada Lenz died yesterday in Port Halden at the age of 88.']) {
			const { found, ages } = await ageOf(lede);
			assert.equal(naming(ages, '85', '88').length, 1, `${lede}\n${show(found)}`);
		}
	});

	test('a long apposition with commas of its own stands between the subject and “has died at”', async () => {
		const { found, ages } = await ageOf('Ada Lenz, the cellist whose records of suites, sonatas and partitas sold in their millions across the post-war decades, has died at the age of 88 after a fall.');
		assert.equal(naming(ages, '85', '88').length, 1, show(found));
	});

	test('“She was 88.” is the age of the woman named as the subject before it, never of a man', async () => {
		const she = await ageOf('Ada Lenz died in her sleep on Monday at her home in Orla.', 'She was 88.');
		assert.equal(naming(she.ages, '85', '88').length, 1, show(she.found));
		const he = await ageOf('Ada Lenz died in her sleep on Monday at her home in Orla.', 'He was 88.');
		assert.deepEqual(he.ages, [], show(he.found));
	});

	test('a headline that tells a death at an age past a description gives it to the one person it names', async () => {
		const body = 'Ada Lenz died on Monday at her home in Orla, her family said. Her pupil Ivo Marr played at the wake.';
		for (const headline of ['Ada Lenz Dead: Cello Star Dies At Age 88', "Ada Lenz: 'Queen Of The Cello' Dies Aged 88"]) {
			const found = await compareTexts(article(headline, body), ...others);
			assert.equal(naming(listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Age of Ada Lenz')), '85', '88').length, 1, `${headline}\n${show(found)}`);
		}
		const two = await compareTexts(article('Ada Lenz And Ivo Marr: Cello Star Dies At 88', body), ...others);
		assert.deepEqual(two.filter((discrepancy) => discrepancy.summary.startsWith('Age of')), [], show(two));
	});

	test('an age after someone else named in the apposition is not the subject’s', async () => {
		const { found, ages } = await ageOf('Ada Lenz, whose brother, the painter Ivo Marr, survives her, has died at the age of 88.');
		assert.deepEqual(naming(ages, '85', '88'), [], show(found));
	});
});

suite('ages told in headlines and past an apposition', () => {
	test("a headline's “dies at” gives the age of the name before it, past a short apposition, in capitals too", async () => {
		const found = await compareTexts(
			'Obituaries\n\nAda Lenz, cellist and conductor, dies at 84\n\nThe cellist Ada Lenz has died in Tarn, her family said.',
			'Obituaries\n\nCellist Ada Lenz Dies At 84\n\nThe cellist Ada Lenz has died in Tarn after a short illness.',
			'Obituaries\n\nAda Lenz dies at 87\n\nThe cellist, who led the city orchestra for two decades, died in Tarn.',
		);
		const ages = listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Age of Ada Lenz'));
		assert.equal(naming(ages, '84', '87').length, 1, show(found));
		assert.ok(ages[0].mentions.some((mention) => mention.odd && mention.variant === '87'), show(found));
	});

	test('an age of someone named inside the apposition, or a number after another verb, is not the first name’s age', async () => {
		const found = await compareTexts(
			'Ada Lenz, whose pupil Tomas Vey, 31, played at the funeral, died at home.\n\nThe cellist died in Tarn.',
			'Ada Lenz, who taught Tomas Vey, 34, for a decade, died at home.\n\nThe cellist died in Tarn.',
			'Ada Lenz, cellist, played 84 concerts in Tarn.\n\nShe died in Tarn.',
			'Ada Lenz, cellist, played 90 concerts in Tarn.\n\nShe died in Tarn.',
		);
		assert.deepEqual(
			found.filter((discrepancy) => discrepancy.summary.startsWith('Age of Ada Lenz')),
			[],
			show(found),
		);
	});
});

suite('figures of sentences that carry one claim in other words', () => {
	test('a figure of a sentence that is no best match both ways is listed when the two sentences share most of their words', async () => {
		const found = await compareTexts(
			'Officials in Tarn expect the new grain terminal at Port Vell to handle 2.4 million tonnes each year once it runs at full speed.\n\nDock workers in Tarn marched on Monday, and their strike spread to the ferries and to the rail yards beside them by the evening.',
			'Dock workers in Tarn marched on Monday, and the new grain terminal at Port Vell, built to handle 2.7 million tonnes each year, stayed shut as their strike spread to the ferries and to the rail yards beside them.',
		);
		assert.equal(naming(listed(found, 'figure'), '2.4 million', '2.7 million').length, 1, show(found));
	});

	test('a conversion in brackets is the outlet’s own sum: two rates, or a sum converted silently, are no disagreement', async () => {
		const found = await compareTexts(
			'Tarn agreed a euro40 billion ($52 billion) credit line with its lenders on Sunday, the finance ministry said.',
			'Tarn agreed a 40 billion euro ($57 billion) credit line with its lenders on Sunday, the finance ministry said.',
			'Tarn agreed a $55 billion credit line with its lenders on Sunday, the finance ministry said.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('so is a measure in brackets after one of its dimension: a speed converted and rounded its own way', async () => {
		const found = await compareTexts(
			'Storm Brisk reached the Tarn coast on Thursday with gusts of up to 150 km/h (93 mph), the weather office said.',
			'Gusts of 95 mph lashed the Tarn coast on Thursday as Storm Brisk reached it, cutting power to 8,000 homes.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a part of a counted whole is set against another outlet\'s part of it ("six of the nine members" / "Seven of the nine members")', async () => {
		const found = await compareTexts(
			'The Tarn bank raised its rate on Tuesday. The decision was backed by six of the nine members of the rate board.',
			'The Tarn bank raised its rate on Tuesday. The decision was backed by six of the nine members of the rate board.',
			'The Tarn bank raised its rate on Tuesday. Seven of the nine board members voted for the increase.',
		);
		assert.equal(naming(listed(found, 'figure'), 'six', 'Seven').length, 1, show(found));
	});

	test('a part is never set against a count of the whole\'s kind ("31 of his 90 jabs" / "one jab")', async () => {
		const found = await compareTexts(
			'Vey keeps his title\n\nVey beat Marr on points in Tarnby on Saturday. In the sixth round, Vey landed one jab.',
			'Vey keeps his title\n\nVey beat Marr on points in Tarnby on Saturday. In the sixth round, Vey landed 31 of his 90 jabs.',
			'Vey keeps his title\n\nVey beat Marr on points in Tarnby on Saturday. Vey landed one jab in the sixth round.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), '31', 'one jab'), [], show(found));
	});

	test('a date both passages give pairs with itself, so the story\'s day meets the other outlet\'s day ("closed since … August, will reopen on Dec. 3")', async () => {
		const found = await compareTexts(
			'Bridge to reopen\n\nThe Orla river bridge, closed since a barge struck it in August, will reopen to traffic on Dec. 3, the city said on Wednesday.',
			'Bridge to reopen\n\nCity officials said Wednesday that the river bridge in Orla will reopen on December 4, more than three months after a barge hit it in August.',
			'Bridge to reopen\n\nTraffic will return to the Orla river bridge on 3 December, the city announced on Wednesday.',
		);
		assert.equal(naming(listed(found, 'figure'), 'December 4', 'Dec. 3').length, 1, show(found));
	});

	test('a comparative past a comma is the next clause\'s: "on December 4, more than three months late" is no difference', async () => {
		const found = await compareTexts(
			'Bridge to reopen\n\nCity officials said Wednesday that the river bridge in Orla will reopen on December 4, more than three months late.',
			'Bridge to reopen\n\nCity officials said Wednesday that the river bridge in Orla will reopen on 3 December, well behind schedule.',
		);
		assert.equal(naming(listed(found, 'figure'), 'December 4', '3 December').length, 1, show(found));
	});

	test('two distances, each converted in brackets, are still compared in each unit', async () => {
		const found = await compareTexts(
			'The shells fell on a camp 40 km (25 miles) from the Tarn border, the agency said on Friday.',
			'The shells fell on a camp 40 km (25 miles) from the Tarn border, the agency said on Friday.',
			'The shells fell on a camp 16 miles (26 kilometres) from the Tarn border, the agency said on Friday.',
		);
		assert.ok(listed(found, 'figure').length >= 1, show(found));
	});

	test('a speed another outlet gives otherwise in its own unit is listed', async () => {
		const found = await compareTexts(
			'Storm Brisk reached the Tarn coast on Thursday with gusts of up to 150 km/h (93 mph), the weather office said.',
			'Storm Brisk reached the Tarn coast on Thursday with gusts of up to 150 km/h, the weather office said.',
			'Storm Brisk reached the Tarn coast on Thursday with gusts of up to 120 kilometres per hour, the weather office said.',
		);
		assert.equal(naming(listed(found, 'figure'), '150 km/h', '120 kilometres per hour').length, 1, show(found));
	});
});

suite('two items of one list are never a swap', () => {
	test('a passage naming one country of another passage’s pair is not read as naming the other instead', async () => {
		const pair = (verb: string) => `“Tarn and Vell ${verb} widen their shared patrols so that the shipping lanes stay open for every trader,” the admiral added.`;
		const found = await compareTexts(
			`The admirals met in Port Osk on Monday.\n\n${pair('must')}`,
			`The admirals met in Port Osk on Monday.\n\n${pair('should')}`,
			'The admirals met in Port Osk on Monday.\n\nThe admiral said his navy "fully backed Tarn’s shared patrols so that the shipping lanes stay open for every trader and rejected any plan to split our fleets."',
		);
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Tarn', 'Vell'), [], show(found));
	});

	test('an item of a list joined by “and” is no other outlet’s name for a place it names outside any list, whatever type each item was given', async () => {
		const quake = 'A magnitude 4.2 earthquake shook the Orla valley early on Thursday, waking residents across the region.';
		const found = await compareTexts(
			`Quake rattles the valley\n\n${quake}\n\nIt was felt across a wide area of the region, including in Tarnby, Vell County and Brisk Harbour, according to the seismic survey.`,
			`Early quake wakes the valley\n\n${quake}\n\nResidents of Osk County felt it across the region, too, including some as far south as Tarnby, the seismic survey said.`,
			`Valley shaken by quake\n\n${quake}\n\nResidents of Osk County felt the quake too, as far south as Tarnby, according to the survey.`,
		);
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Vell County', 'Osk County'), [], show(found));
	});

	test('a list retold with one item changed is still read', async () => {
		const felt = (town: string) => `It was felt across a wide area of the region, including in Tarnby, ${town} and Brisk Harbour, according to the seismic survey.`;
		const found = await compareTexts(`Quake rattles the valley\n\n${felt('Vell County')}`, `Early quake wakes the valley\n\n${felt('Osk County')}`, `Valley shaken by quake\n\n${felt('Osk County')}`);
		assert.equal(naming(listed(found, 'entity'), 'Vell County', 'Osk County').length, 1, show(found));
	});
});

suite('full dates a few days apart', () => {
	test('two dates with day, month and year, a few days apart beside a shared word, are listed though the sentences go their own ways', async () => {
		const found = await compareTexts(
			'The Tarn Opera said on Monday that it had finished the new hall.\n\nRead on for why the hall may still miss its June 4, 2031 opening date after the fire inspection.',
			'The Tarn Opera said on Monday that it had finished the new hall.\n\nThe company also faces a problem with the hall’s planned June 7, 2031 opening, its director told the board.',
		);
		assert.equal(naming(listed(found, 'figure'), 'June 4, 2031', 'June 7, 2031').length, 1, show(found));
	});

	test('the same day of the same month in two years, each written in full, is one day with its year mistyped', async () => {
		const found = await compareTexts(
			'The Vell Rovers named a new coach on Friday.\n\nIvo Marr spent four years with the juniors in Tarn before the Orla Gulls made him their coach on May 14, 2031.',
			'The Vell Rovers named a new coach on Friday.\n\nMarr took charge of the Gulls on May 14, 2030, when his spell with the juniors ended.',
			'The Vell Rovers named a new coach on Friday.\n\nMarr led the Gulls to two league titles and a cup.',
		);
		assert.equal(naming(listed(found, 'figure'), 'May 14, 2031', 'May 14, 2030').length, 1, show(found));
	});

	test('a date without its year, or two dates a month apart, are not enough in such sentences', async () => {
		const found = await compareTexts(
			'The Tarn Opera said on Monday that it had finished the new hall.\n\nRead on for why the hall may still miss its June 4, 2031 opening date after the fire inspection.',
			'The Tarn Opera said on Monday that it had finished the new hall.\n\nThe company also faces a problem with the hall’s planned July 7, 2031 opening, its director told the board.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});
});

suite('the edge of a span of time', () => {
	test('“the last two decades” and “the last five decades” of loosely alike sentences share no word that says they are one span', async () => {
		const found = await compareTexts(
			'Mugs, prints and calendars with her face sold well, and though Ada Lenz would not give interviews in the last two decades of a long career, she signed records for fans at fairs across the country.',
			'Much less is written of her career, at least of its final fifty years.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('two spans of near copies still differ', async () => {
		const found = await compareTexts(
			'Ada Lenz lived in Tarn for the last two decades, in a house by the river, her family said.',
			'Ada Lenz lived in Tarn for the last three decades, in a house by the river, her family said.',
		);
		assert.equal(naming(listed(found, 'figure'), 'two decades', 'three decades').length, 1, show(found));
	});
});

suite('names placed in different roles', () => {
	const games = (opponent: string) => [
		"The Gulls have lost eight of their last ten games, including Friday's 104-97 loss at Denver, and the coach was fired on Saturday.",
		'A 104-97 road loss to the Rams at Denver on Friday was the last straw for the coach, who was fired on Saturday.',
		`His son, a guard for Osk State, said after the 104-97 win over No. 3 ${opponent} that he was glad his father had been given a chance to coach.`,
	];

	test('the opponent of one game (“win over No. 3 Oregon”) is not the venue of another (“loss at Denver”)', async () => {
		const found = await compareTexts(...games('Oregon'));
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Denver', 'Oregon'), [], show(found));
	});

	test('two opponents after the same word are still paired', async () => {
		const found = await compareTexts(
			'The Gulls beat the Rams 104-97 on Friday, a week after their 88-80 win over Oregon at home.',
			'The Gulls beat the Rams 104-97 on Friday, a week after their 88-80 win over Utah at home.',
		);
		assert.equal(naming(found.filter((discrepancy) => discrepancy.kind === 'entity'), 'Oregon', 'Utah').length, 1, show(found));
	});
});

suite('a name the folder has settled on', () => {
	const folderWith = (label: string) => [
		'Title\n\nThe singer Ada Lenz signed with Osk Records, her new label, in May, her agent said on Friday.\n\nHer tour starts in Tarn.',
		`Title\n\nAda Lenz, who signed with ${label}, her new label, in May, will tour the north in the autumn with a band of six.\n\nHer tour starts in Tarn.`,
		'Title\n\nOsk Records was founded in Vell in 1971 and has released forty albums since.\n\nHer tour starts in Tarn.',
		'Title\n\nA spokesman for Osk Records declined to comment on the contract.\n\nHer tour starts in Tarn.',
	];

	test('one passage against one: the name its own article alone writes, against one three articles write, is the odd one, listed', async () => {
		const found = await compareTexts(...folderWith('Brennick'));
		const swaps = naming(listed(found, 'entity'), 'Brennick', 'Osk Records');
		assert.equal(swaps.length, 1, show(found));
		assert.deepEqual(swaps[0].mentions.filter((mention) => mention.odd).map((mention) => mention.variant), ['Brennick'], show(found));
	});
});

suite('a period a figure is measured against dates its own clause only', () => {
	test('“a drop of five from last season” does not make the average before it last season’s', async () => {
		const found = await compareTexts(
			'Tarn Terns\n\nIvo Marr is scoring 21.4 points a night, Tomas Vey 11.2 points, a fall of four points a night from last season, and the Terns sit last.',
			'Terns slump\n\nMarr is scoring 21.8 points a night this season, while Vey is scoring just 11.2 points, a fall of four points a night.',
		);
		assert.equal(naming(listed(found, 'figure'), '21.4 points', '21.8 points').length, 1, show(found));
	});
});

suite('a stray name in the role another outlet gives a settled person', () => {
	const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;
	const others = [
		article('Sequel gets director', 'The studio picked Tomas Marr to direct the sequel, it said on Monday.', 'Marr is best known for the comedies he made with his brother Ivo.', 'Ivo Marr did not comment.'),
		article('Studio names Marr', 'Tomas Marr, who made comedies with Ivo Marr, will direct the sequel.', 'Ivo Marr was said to be pleased.'),
		article('Marr hired', 'Tomas Marr was hired to direct the sequel, the studio said.', 'His brother Ivo Marr wrote the first film.'),
	];

	test('“with his brother Brennick” against “with his brother Ivo”, Ivo Marr written by three articles, is listed', async () => {
		const found = await compareTexts(
			article('Marr to direct sequel', 'Tomas Marr will direct the sequel to the hit comedy, the studio said on Monday.', 'Marr shot his first two comedies with his brother Brennick on a shoestring budget in Orla.'),
			...others,
		);
		assert.equal(naming(listed(found, 'entity'), 'Brennick').length, 1, show(found));
	});
});

suite('an age that is the object of a verb is not the age of the clause’s names', () => {
	test('“robbing a 14-year-old” is no age of the robber; “is a 59-year-old fisherman” is the subject’s', async () => {
		const object = await compareTexts(
			'Tarn court\n\nTomas Marr was convicted on Monday of robbing a 14-year-old outside a Tarn bakery.',
			'Marr convicted\n\nTomas Marr was convicted on Monday of robbing a 12-year-old outside a Tarn bakery.',
		);
		const ages = listed(object, 'figure');
		assert.equal(naming(ages, '14-year-old', '12-year-old').length, 1, show(object));
		assert.ok(!ages[0].summary.includes('Marr'), show(object));
		const subject = await compareTexts(
			'Tarn court\n\nTomas Marr is a 59-year-old fisherman from the Tarn coast, the court heard.',
			'Marr convicted\n\nTomas Marr is a 57-year-old fisherman from the Tarn coast, the court heard.',
		);
		assert.ok(listed(subject, 'figure').some((discrepancy) => discrepancy.summary.includes('Tomas Marr')), show(subject));
	});
});

suite('a body and a part of it are no swap', () => {
	test('“the U.N. Security Council” against “the United Nations” in one sentence is not listed; another body is', async () => {
		const say = (body: string) => `Envoys\n\nThe ${body} said on Monday that it would send two envoys to Tarn to end the dock strike, officials said.\n`;
		const part = await compareTexts(say('United Nations'), say('United Nations'), say('U.N. Security Council'));
		assert.deepEqual(listed(part, 'entity'), [], show(part));
		const other = await compareTexts(say('United Nations'), say('United Nations'), say('European Commission'));
		assert.equal(naming(listed(other, 'entity'), 'European Commission').length, 1, show(other));
	});
});
