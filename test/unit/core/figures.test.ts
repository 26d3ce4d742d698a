import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures, figuresAgree, formatFigure, sameFigure } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';
import type { Figure } from '../../../src/core/types';
import { sameReading, sameSpan } from '../../../scripts/eval/extractors';
import {
	articleFiles, loadTruth, parseFile, parseSample, sampleFolder, score, seedsFolder, seedsPresent,
} from '../helpers/sample';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The figures of one line of prose, in an article dated Thursday 2021-12-16 unless told otherwise (`null`: undated).
 */
function figuresOf(line: string, date: string | null = '2021-12-16'): Figure[] {
	const header = date ? ` date ${date} \n\n` : '';
	return extractFigures(parseArticle({ id: 'test', path: 'test.txt', text: `${header}${line}\n` }));
}

/** One figure as a line: "text → kind value unit", dates as their ISO form, ranges as "low..high". */
function brief(figure: Figure): string {
	if (figure.kind === 'date') {
		return `${figure.text} → ${figure.iso}`;
	}
	if (figure.kind === 'range') {
		return `${figure.text} → range ${figure.iso ?? `${figure.value}..${figure.high}`} ${figure.unit}`.trimEnd();
	}
	return `${figure.text} → ${figure.kind} ${figure.value} ${figure.unit}`.trimEnd();
}

function briefs(line: string, date: string | null = '2021-12-16'): string[] {
	return figuresOf(line, date).map(brief);
}

suite('extractFigures', () => {
	test('returns figures with exact spans, normalised values and the text as written', () => {
		const text = ' date 2021-12-16 \n\nTrade rose 31% to $ 123 billion on Wednesday.\n';
		const figures = extractFigures(parseArticle({ id: 'a', path: 'a.txt', text }));
		assert.deepEqual(figures[0], { start: 30, end: 33, kind: 'percent', value: 31, unit: '%', text: '31%' });
		assert.deepEqual(figures[1], {
			start: 37, end: 50, kind: 'money', value: 123e9, unit: 'USD', scale: 'billion', text: '$ 123 billion',
		});
		assert.deepEqual(figures[2], {
			start: 54, end: 63, kind: 'date', value: Date.UTC(2021, 11, 15), unit: 'date', iso: '2021-12-15',
			text: 'Wednesday',
		});
		for (const figure of figures) {
			assert.equal(text.slice(figure.start, figure.end), figure.text);
		}
	});

	test('a decimal right after an acronym is a version, not a count; a headline in capitals keeps its figures', () => {
		assert.deepEqual(briefs('The Orla tablet has two USB 2.0 ports and an HDMI 1.4 socket.'), ['two → number 2']);
		assert.deepEqual(briefs('ORLA SHARES FALL 2.5 PERCENT'), ['2.5 PERCENT → percent 2.5 %']);
	});

	test('a year after a word glued to a dash is a year; four digits glued to a word or a sign are not', () => {
		assert.deepEqual(briefs('The levy should close the gap--through 2031, the treasury said.'), ['2031 → 2031']);
		assert.deepEqual(briefs('The Orla A2031 engine and the $2031 fee were dropped.'), ['$2031 → money 2031 USD']);
	});

	test('a whole number and a fraction are one value, however the fraction is written', () => {
		assert.deepEqual(briefs('The ferry sailed 4 1/2 hours, then 2½ miles up the firth and 3 ¾ miles back.'), ['4 1/2 hours → duration 4.5 hour', '2½ miles → count 2.5 mile', '3 ¾ miles → count 3.75 mile']);
		assert.deepEqual(briefs('After 4 1 / 2 hours the talks ended.'), ['4 1 / 2 hours → duration 4.5 hour']);
		assert.deepEqual(briefs('The desk is staffed 24/7 by 9 clerks.'), ['9 clerks → count 9 clerk']);
	});

	test('a magnitude hyphenated in a headline\'s capitals is a magnitude, its decimal spaced or not', () => {
		assert.deepEqual(briefs('4. 6-Magnitude Quake Recorded Near Tarn'), ['4. 6-Magnitude → count 4.6 magnitude']);
		assert.deepEqual(briefs('A 4.6-Magnitude Quake Shakes Tarn'), ['4.6-Magnitude → count 4.6 magnitude']);
	});

	test('an area hyphenated to its number is one figure in square units, its thousands spaced or not', () => {
		assert.deepEqual(briefs('The 15, 800-square-metre hall and the 170,000-square-foot depot burned.'), ['15, 800-square-metre → count 15800 square metre', '170,000-square-foot → count 170000 square foot']);
		assert.deepEqual(briefs('Of the 12, 100 were freed.'), ['12 → number 12', '100 → number 100']);
	});

	test('thousands spaced after their comma are one number, but a list or a count before its verb stays apart', () => {
		assert.deepEqual(briefs('About 1, 400 huts and sheds were flattened.'), ['1, 400 huts → count 1400 hut']);
		assert.deepEqual(briefs('The screen shows 2, 560 by 1, 600 pixels.'), ['2, 560 → number 2560', '1, 600 pixels → count 1600 pixel']);
		assert.deepEqual(briefs('Between 1, 400 and 2, 000 huts burned.'), ['Between 1, 400 and 2, 000 huts → range 1400..2000 hut']);
		assert.deepEqual(briefs('Crews of 9, 120 and 130 sailed.'), ['9 → number 9', '120 → number 120', '130 → number 130']);
		assert.deepEqual(briefs('Marks of 3, 4, 120 were given.'), ['3 → number 3', '4 → number 4', '120 → number 120']);
		assert.deepEqual(briefs('Of the 14, 200 were sent home.'), ['14 → number 14', '200 → number 200']);
	});

	suite('money', () => {
		test('a money figure written three ways is one value', () => {
			const [a, b, c] = [
				figuresOf('It cost $ 123 billion.')[0], figuresOf('It cost US$123 billion.')[0],
				figuresOf('It cost 123 billion dollars.')[0],
			];
			for (const figure of [a, b, c]) {
				assert.deepEqual([figure.kind, figure.value, figure.unit], ['money', 123e9, 'USD']);
			}
			assert.ok(sameFigure(a, b) && sameFigure(b, c));
			assert.deepEqual([a, b, c].map(formatFigure), ['US$123 billion', 'US$123 billion', 'US$123 billion']);
		});

		test('currency signs, codes and names give ISO codes', () => {
			assert.deepEqual(briefs('The bill came to USD 5m, then €40 million, then £3bn.'), [
				'USD 5m → money 5000000 USD',
				'€40 million → money 40000000 EUR',
				'£3bn → money 3000000000 GBP',
			]);
			assert.deepEqual(briefs('Fees of C$4 million, A$2 billion and HK$7 were paid.'), [
				'C$4 million → money 4000000 CAD', 'A$2 billion → money 2000000000 AUD', 'HK$7 → money 7 HKD',
			]);
			assert.deepEqual(briefs('They spent 40 million euros and 12 million Canadian dollars.'), [
				'40 million euros → money 40000000 EUR', '12 million Canadian dollars → money 12000000 CAD',
			]);
			assert.deepEqual(briefs('The ticket was 50 cents and the loan 3 million pounds.'), [
				'50 cents → money 0.5 USD', '3 million pounds → money 3000000 GBP',
			]);
			assert.deepEqual(briefs('The plant will cost 2 billion yuan, or 5 billion RMB.'), [
				'2 billion yuan → money 2000000000 CNY', '5 billion RMB → money 5000000000 CNY',
			]);
		});

		test('a bare amount with a scale borrows the currency of the nearest money figure in its sentence', () => {
			assert.deepEqual(briefs('Sales reached $48 billion this year, and the goal is 60 billion soon.'), [
				'$48 billion → money 48000000000 USD', 'this year → 2021', '60 billion → money 60000000000 USD',
			]);
			assert.deepEqual(briefs('Sales reached €5 million. The goal is 60 billion.'), [
				'€5 million → money 5000000 EUR', '60 billion → number 60000000000',
			]);
		});

		test('"pounds" without a scale is a weight, and digits after a sign keep thousands separators', () => {
			assert.deepEqual(briefs('The dog weighs 40 pounds; the reward is $35,000.'), [
				'40 pounds → count 40 pound', '$35,000 → money 35000 USD',
			]);
		});
	});

	suite('percentages', () => {
		test('"31%", "31 percent", "31 per cent" and "31 pct" are one value', () => {
			assert.deepEqual(briefs('Turnout hit 31%, then 31 percent, then 31 per cent and 31 pct.'), [
				'31% → percent 31 %', '31 percent → percent 31 %', '31 per cent → percent 31 %',
				'31 pct → percent 31 %',
			]);
		});

		test('percentage points are their own unit', () => {
			assert.deepEqual(briefs('The rate fell 2.5 percentage points.'), [
				'2.5 percentage points → percent 2.5 pp',
			]);
		});

		test('spelled numbers take a percent too', () => {
			assert.deepEqual(briefs('Fifty percent of the crew stayed.'), ['Fifty percent → percent 50 %']);
		});
	});

	suite('counts', () => {
		test('a number before a plural noun counts that noun, in the singular', () => {
			assert.deepEqual(briefs('The firm signed with six manufacturers for 150 million doses.'), [
				'six manufacturers → count 6 manufacturer', '150 million doses → count 150000000 dose',
			]);
			assert.deepEqual(briefs('Twelve countries, 40 men, 3 children and 7 people came.'), [
				'Twelve countries → count 12 country', '40 men → count 40 man', '3 children → count 3 child',
				'7 people → count 7 person',
			]);
		});

		test('adjectives between the number and its noun are skipped; the span ends at the noun', () => {
			assert.deepEqual(briefs('They ordered three new ships and hired two well-known actors.'), [
				'three new ships → count 3 ship', 'two well-known actors → count 2 actor',
			]);
		});

		test('"a dozen", "two hundred" and hyphenated tens are numbers in words', () => {
			assert.deepEqual(briefs('A dozen reporters watched twenty-five ports and two hundred ships.'), [
				'A dozen reporters → count 12 reporter', 'twenty-five ports → count 25 port',
				'two hundred ships → count 200 ship',
			]);
		});

		test('thousands separators, spaced groups and decimals with a scale', () => {
			assert.deepEqual(briefs('We counted 1,200 homes, 12 000 cars and 2.4 million tonnes.'), [
				'1,200 homes → count 1200 home', '12 000 cars → count 12000 car',
				'2.4 million tonnes → count 2400000 tonne',
			]);
		});

		test('thousands split by plain spaces, as translated copy writes them, are one number', () => {
			assert.deepEqual(briefs('The plant will hire 12 500 workers and spend 1 250 000 euros.'), [
				'12 500 workers → count 12500 worker', '1 250 000 euros → money 1250000 EUR',
			]);
		});

		test('two numbers side by side stay two: a unit glued on, a telephone number, a day of a month', () => {
			assert.deepEqual(briefs('She beat the top 10 100-metre runners.').map((brief) => brief.split(' → ')[0]), ['10', '100-metre']);
			assert.ok(!briefs('Call +1 555 201 4477 today.').some((brief) => brief.includes('555 201')));
			assert.ok(briefs('On May 12 500 people marched.').some((brief) => brief.startsWith('500 people')));
		});

		test('a part of a counted whole counts what the whole counts: "six of the nine members"', () => {
			assert.deepEqual(briefs('Six of the nine judges backed the ruling, and two of its 12 ships sailed.'), [
				'Six → count 6 judge of 9', 'nine judges → count 9 judge', 'two → count 2 ship of 12', '12 ships → count 12 ship',
			]);
			assert.deepEqual(briefs('Nine of the three crews stayed.').map((brief) => brief.split(' → ')[0]), ['Nine', 'three crews']);
			assert.ok(!briefs('Nine of the three crews stayed.').includes('Nine → count 9 crew'));
		});

		test('"one" counts only before a counted noun, never as a pronoun', () => {
			assert.deepEqual(briefs('One of the aides said no one had seen one another, and one minister agreed.'), [
				'one minister → count 1 minister',
			]);
			assert.deepEqual(briefs('The one who left was the only one.'), []);
			assert.deepEqual(briefs('One big difference between them is one major title belt.'), [
				'One big difference → count 1 difference', 'one major title belt → count 1 belt',
			]);
			assert.deepEqual(briefs('One place Lindsay likes is quiet, and one riot police armored van burned.'), [
				'One place → count 1 place',
			]);
		});

		test('of two plural nouns in a row the second is counted, and names are not nouns', () => {
			const line = 'They faced nine alleged rules violations, and 10,500 Writers Guild members struck.';
			assert.deepEqual(briefs(line), [
				'nine alleged rules violations → count 9 violation', '10,500 → number 10500',
			]);
		});

		test('measures count in the singular, under one name however they are spelled (meter and metre are one unit)', () => {
			const figures = figuresOf('The swimmer won the 100 meter race 60 km away, and the index lost 1.2 points.');
			assert.deepEqual(figures.map(brief), [
				'100 meter → count 100 metre', '60 km → count 60 km', '1.2 points → count 1.2 point',
			]);
			assert.deepEqual(figures.map(formatFigure), ['100 metres', '60 km', '1.2 points']);
		});
	});

	suite('durations', () => {
		test('"eleven months" equals "11 months"', () => {
			const [words] = figuresOf('It took eleven months.');
			const [digits] = figuresOf('It took 11 months.');
			assert.deepEqual([brief(words), brief(digits)], [
				'eleven months → duration 11 month', '11 months → duration 11 month',
			]);
			assert.ok(sameFigure(words, digits));
		});

		test('a number hyphenated to a time unit is a duration', () => {
			assert.deepEqual(briefs('They renewed the 20-year treaty after a three-hour meeting.'), [
				'20-year → duration 20 year', 'three-hour → duration 3 hour',
			]);
		});

		test('ages are durations in years', () => {
			assert.deepEqual(briefs('Jon Marsh, 46, met the 51-year-old mayor, aged 60 in the story.'), [
				'46 → duration 46 year', '51-year-old → duration 51 year', '60 → duration 60 year',
			]);
			assert.deepEqual(briefs('The painter died at 91.'), ['91 → duration 91 year']);
		});

		test('"five more years" skips the adjective', () => {
			assert.deepEqual(briefs('The pact was extended by five more years.'), [
				'five more years → duration 5 year',
			]);
		});
	});

	suite('dates', () => {
		test('weekdays look back from the article date unless "next" or a future verb says otherwise', () => {
			const line = 'They spoke on Wednesday and last Thursday; they will meet on Saturday and next Friday.';
			assert.deepEqual(briefs(line), [
				'Wednesday → 2021-12-15', 'last Thursday → 2021-12-09', 'Saturday → 2021-12-18',
				'next Friday → 2021-12-17',
			]);
			assert.deepEqual(briefs('They spoke on Saturday.'), ['Saturday → 2021-12-11']);
		});

		test('relative days and periods resolve against the article date', () => {
			assert.deepEqual(briefs('We met yesterday, talk today, and fly tomorrow.'), [
				'yesterday → 2021-12-15', 'today → 2021-12-16', 'tomorrow → 2021-12-17',
			]);
			assert.deepEqual(briefs('Talks began last week, resume this month and end next year.'), [
				'last week → 2021-W49', 'this month → 2021-12', 'next year → 2022',
			]);
			assert.deepEqual(briefs('The plant opened two days ago.'), ['two days ago → 2021-12-14']);
		});

		test('"last June" is the June before the article; a month alone is the nearest one', () => {
			assert.deepEqual(briefs('They agreed last June to meet in February.'), [
				'last June → 2021-06', 'February → 2022-02',
			]);
			assert.deepEqual(briefs('Prices rose in October.'), ['October → 2021-10']);
		});

		test('full dates, day-month dates and numeric dates', () => {
			assert.deepEqual(briefs('It was signed on Dec. 15, 2021, on 6 June 2019 and on 2020-03-04.'), [
				'Dec. 15, 2021 → 2021-12-15', '6 June 2019 → 2019-06-06', '2020-03-04 → 2020-03-04',
			]);
			assert.deepEqual(briefs('The vote is on December 15 and the count on Thursday, December 16, 2021.'), [
				'December 15 → 2021-12-15', 'Thursday, December 16, 2021 → 2021-12-16',
			]);
		});

		test('a date and its time are two figures', () => {
			assert.deepEqual(briefs('The call ended on Dec. 15, 2021 at 3:24 p.m. sharp.'), [
				'Dec. 15, 2021 → 2021-12-15', '3:24 p.m. → time 924 time',
			]);
		});

		test('four digits from 1900 to 2100 are a year unless they count something', () => {
			assert.deepEqual(briefs('The accord signed in 2001 led to the 2014 Winter Olympics, not 2000 troops.'), [
				'2001 → 2001', '2014 → 2014', '2000 troops → count 2000 troop',
			]);
		});

		test('decades, seasons and centuries', () => {
			assert.deepEqual(briefs('The films of the 1940s and the \'50s, the 2008-09 season, the 21st century.'), [
				'1940s → 194', '\'50s → 195', '2008-09 → range 2008/2009 date', '21st century → 20',
			]);
		});

		test('without an article date only absolute dates are read, and a day without year is --MM-DD', () => {
			assert.deepEqual(briefs('They met on Wednesday, last week, on Feb. 22 and in May 2013.', null), [
				'Feb. 22 → --02-22', 'May 2013 → 2013-05',
			]);
		});

		test('month names that are words or first names are not dates', () => {
			assert.deepEqual(briefs('May I say that June Carter will march with April?'), []);
		});

		test('"in the near future" is not a date', () => {
			assert.deepEqual(briefs('They aim to double trade in the near future.'), []);
		});
	});

	suite('times', () => {
		test('clock times in their usual spellings are minutes after midnight', () => {
			assert.deepEqual(briefs('Doors opened at 10 am, at 9:05 a.m., at 10am, at 15:00 and at noon.'), [
				'10 am → time 600 time',
				'9:05 a.m. → time 545 time',
				'10am → time 600 time',
				'15:00 → time 900 time',
				'noon → time 720 time',
			]);
		});
	});

	suite('ranges', () => {
		test('"from … to …" between two times is one range', () => {
			assert.deepEqual(briefs('The talks lasted from 9:05 a.m. to 10:40 a.m. local time.'), [
				'from 9:05 a.m. to 10:40 a.m. → range 545..640 time',
			]);
		});

		test('the unit and the scale of the high end carry to the low end', () => {
			assert.deepEqual(briefs('Between 10 and 12 percent voted.'), [
				'Between 10 and 12 percent → range 10..12 %',
			]);
			assert.deepEqual(briefs('Some 5-7 million people and $5-7 million were involved.'), [
				'5-7 million people → range 5000000..7000000 person', '$5-7 million → range 5000000..7000000 USD',
			]);
		});

		test('a change is two figures, not a range', () => {
			assert.deepEqual(briefs('Support rose from 30 percent to 31 percent.'), [
				'30 percent → percent 30 %', '31 percent → percent 31 %',
			]);
			assert.deepEqual(briefs('Trade rose 31% to $123 billion.'), [
				'31% → percent 31 %', '$123 billion → money 123000000000 USD',
			]);
		});
	});

	suite('ordinals', () => {
		test('digit ordinals always, word ordinals before a noun', () => {
			assert.deepEqual(briefs('At the 76th session it was the third meeting, and she came third.'), [
				'76th → ordinal 76', 'third → ordinal 3',
			]);
			assert.deepEqual(briefs('He is No. 2 in the party.'), ['No. 2 → ordinal 2']);
		});
	});

	suite('text rebuilt from tokens (spaces inside numbers)', () => {
		test('spaced decimals, thousands and clock times are read whole', () => {
			assert.deepEqual(briefs('Stocks slid 5. 4 per cent as 10, 000 people marched at 7: 38pm.', null), [
				'5. 4 per cent → percent 5.4 %',
				'10, 000 people → count 10000 person',
				'7: 38pm → time 1178 time',
			]);
			assert.deepEqual(briefs('The coin fell below $1. 29 after the euro22 billion loan.', null), [
				'$1. 29 → money 1.29 USD', 'euro22 billion → money 22000000000 EUR',
			]);
		});

		test('spaced numeric dates', () => {
			assert.deepEqual(briefs('The fire broke out on 6 / 6 / 2013 at 10: 10 AM.', null), [
				'6 / 6 / 2013 → 2013-06-06', '10: 10 AM → time 610 time',
			]);
		});

		test('a comma and a space only join a group of "000"', () => {
			assert.deepEqual(briefs('Of the 12, 100 were freed.', null), ['12 → number 12', '100 → number 100']);
		});
	});

	suite('more dates', () => {
		test('decades in words, a month "of" a year, and a year after a month before a plural', () => {
			const line = 'Her fame peaked in the nineteen fifties, in January of 1955, before the December 2008 riots.';
			assert.deepEqual(briefs(line, null), [
				'nineteen fifties → 195', 'January of 1955 → 1955-01', 'December 2008 → 2008-12',
			]);
		});

		test('four digits before GMT are a time', () => {
			assert.deepEqual(briefs('The quake hit at 2015 GMT, or 1845 UTC.'), [
				'2015 → time 1215 time', '1845 → time 1125 time',
			]);
		});
	});

	suite('not figures', () => {
		test('digits inside names and identifiers', () => {
			assert.deepEqual(briefs('The COVID-19 jab, the G20 talks, the Sputnik V shot, an A320 jet, 5G masts.'), []);
		});

		test('numbers that name a road or a line', () => {
			assert.deepEqual(briefs('The bomb went off on Highway 214 near Interstate 5.'), []);
		});

		test('phone numbers, list markers and "24/7"', () => {
			assert.deepEqual(briefs('Call 800-555-0134 or (503) 555-0199 any time, 24/7.'), []);
			assert.deepEqual(briefs('1. Read the file first.'), []);
		});

		test('web addresses', () => {
			assert.deepEqual(briefs('See https://example.com/2021/12/15/story-42 for more.'), []);
		});

		test('a score is two numbers, not a range', () => {
			assert.deepEqual(briefs('The jury split 9-3.'), ['9 → number 9', '3 → number 3']);
		});

		test('a score of three digits and a win-loss-draw record are numbers, unlike a phone number', () => {
			assert.deepEqual(briefs('The Gulls lost 104-98 at home.'), ['104 → number 104', '98 → number 98']);
			assert.deepEqual(briefs('Brisk (31-4-1) meets the champion next.'), ['31 → number 31', '4 → number 4', '1 → number 1']);
			assert.deepEqual(briefs('Call 800-555-0134 or 555-867-5309 at night.'), []);
		});

		test('a range opener with nothing after it', () => {
			assert.deepEqual(briefs('Prices rose from'), []);
		});

		test('punctuation is never glued to a figure', () => {
			for (const figure of figuresOf('In 2001, 31%, 12 ships, and $5, came on Friday. Then June.')) {
				assert.match(figure.text, /[\p{L}\p{N}%]$/u, figure.text);
			}
		});
	});

	suite('a scale\'s reading', () => {
		test('a quake\'s magnitude is one measure however it is written: before the number, glued by a hyphen, after it, or on the Richter scale', () => {
			for (const line of ['A magnitude 6.2 earthquake hit the coast.', 'A magnitude-6.2 earthquake hit the coast.', 'A 6.2-magnitude earthquake hit the coast.', 'The earthquake measured 6.2 on the Richter scale.']) {
				assert.deepEqual(figuresOf(line).map((figure) => [figure.kind, figure.value, figure.unit]), [['count', 6.2, 'magnitude']], line);
			}
		});

		test('a quake\'s size written before its noun is its magnitude; a whole number before a plural is a count of quakes', () => {
			assert.deepEqual(figuresOf('A 6.2 quake hit the coast.').map(brief), ['6.2 → count 6.2 magnitude']);
			assert.deepEqual(figuresOf('Two quakes hit the coast.').map(brief), ['Two quakes → count 2 quake']);
		});

		test('a measure has one unit however it is spelled: "12 km", "12 kilometres", "a 12-kilometer run"', () => {
			for (const line of ['The quake struck at a depth of 12 km.', 'The quake struck at a depth of 12 kilometres.', 'She won a 12-kilometer run.']) {
				assert.deepEqual(figuresOf(line).map((figure) => [figure.value, figure.unit]), [[12, 'km']], line);
			}
		});

		test('a length per hour is a speed: "150 km/h", "150km/h", "150 kilometres per hour", "93 miles an hour", "93 mph"', () => {
			for (const [line, unit] of [['Gusts reached 150 km/h.', 'kph'], ['Gusts reached 150km/h.', 'kph'], ['Gusts reached 150 kilometres per hour.', 'kph'], ['Gusts reached 93 miles an hour.', 'mph'], ['Gusts reached 93 mph.', 'mph']]) {
				assert.deepEqual(figuresOf(line).map((figure) => figure.unit), [unit], line);
			}
			assert.deepEqual(figuresOf('The trail runs 12 km through the woods.').map((figure) => figure.unit), ['km']);
		});

		test('a scale named first with a capital, as a headline writes it, is no name of a number ("Highway 214")', () => {
			assert.deepEqual(figuresOf('Magnitude 5.8 quake rattles Vell harbour').map(brief), ['Magnitude 5.8 → count 5.8 magnitude']);
			assert.deepEqual(figuresOf('The storm grew into a Category 4 hurricane overnight.').map(brief), ['Category 4 → count 4 category']);
		});
	});

	test('figures come sorted, without overlap, inside their paragraphs, and read exactly what the text holds', () => {
		const pieces = [
			'31%', '$ 123 billion', 'eleven months', 'on Wednesday', 'last June', 'from 9:05 a.m. to 10:40 a.m.',
			'COVID-19', 'one of the', 'six manufacturers', 'in 2001', '9-3', 'No. 1', '(503) 555-0199', '2.4 million',
			'the third day', 'and', 'from', 'between', 'to', '-', ',', '.', '\n\n',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
				const text = ` date 2021-12-16 \n\n${parts.join(' ')}\n`;
				const parsed = parseArticle({ id: 'p', path: 'p.txt', text });
				const figures = extractFigures(parsed);
				let end = 0;
				for (const figure of figures) {
					assert.ok(figure.start >= end && figure.end > figure.start);
					assert.equal(text.slice(figure.start, figure.end), figure.text);
					assert.ok(parsed.paragraphs.some(({ start, end }) => start <= figure.start && figure.end <= end));
					end = figure.end;
				}
			}),
			{ numRuns: 300 },
		);
	});
});

suite('sameFigure, figuresAgree and formatFigure', () => {
	test('a share written with a leading point (".519") is a share under one, never the whole number', () => {
		const [share] = figuresOf('The Gulls raised their winning percentage to .519 after January.');
		assert.equal(share.value, 0.519);
		assert.equal(share.unit, 'share');
		assert.deepEqual(briefs('The Gulls went 41-23 (. 641) at home.'), ['41 → number 41', '23 → number 23', '641 → number 0.641 share']);
	});

	test('a date without its year contradicts a dated one only in what both state', () => {
		const date = (iso: string) => ({ kind: 'date' as const, unit: 'date', value: 0, iso, text: iso, start: 0, end: 1 });
		assert.ok(figuresAgree(date('--03-02'), date('2007')));
		assert.ok(figuresAgree(date('--03-02'), date('2007-03-02')));
		assert.ok(!figuresAgree(date('--03-02'), date('2007-03-05')));
		assert.ok(!figuresAgree(date('--03-02'), date('2007-04')));
		assert.ok(figuresAgree(date('--03'), date('2007-03-19')));
	});

	test('2.4 million equals 2,400,000 and two weeks equal 14 days', () => {
		assert.ok(sameFigure(figuresOf('Some 2.4 million came.')[0], figuresOf('Some 2,400,000 came.')[0]));
		assert.ok(sameFigure(figuresOf('It took two weeks.')[0], figuresOf('It took 14 days.')[0]));
		assert.ok(!sameFigure(figuresOf('It took 30 days.')[0], figuresOf('It took a month, or 1 month.')[0]));
	});

	test('dates compare at their own granularity', () => {
		assert.ok(sameFigure(figuresOf('It was on December 15.')[0], figuresOf('It was yesterday.')[0]));
		assert.ok(!sameFigure(figuresOf('It was in December.')[0], figuresOf('It was yesterday.')[0]));
	});

	test('a different value or unit is a different figure', () => {
		assert.ok(!sameFigure(figuresOf('Up 31%.')[0], figuresOf('Up 30 percent.')[0]));
		assert.ok(!sameFigure(figuresOf('It cost $5 million.')[0], figuresOf('It cost €5 million.')[0]));
	});

	test('figures agree across outlets when a date is coarser or a unit is dropped, never across values or currencies', () => {
		assert.ok(figuresAgree(figuresOf('It was in December.')[0], figuresOf('It was yesterday.')[0]));
		assert.ok(figuresAgree(figuresOf('Trade rose to $123 billion.')[0], figuresOf('Trade rose to 123 billion.')[0]));
		assert.ok(figuresAgree(figuresOf('It took two weeks.')[0], figuresOf('It took 14 days.')[0]));
		assert.ok(!figuresAgree(figuresOf('Up 31%.')[0], figuresOf('Up 30 percent.')[0]));
		assert.ok(!figuresAgree(figuresOf('It cost $5 million.')[0], figuresOf('It cost €5 million.')[0]));
	});

	test('short forms for summaries', () => {
		const line = 'Up 31% to $35,000 for 150 million doses in 11 months, from 9:05 a.m. to 10:40 a.m. Wednesday, 76th.';
		assert.deepEqual(figuresOf(line).map(formatFigure), [
			'31%', 'US$35,000', '150 million doses', '11 months', '09:05–10:40', '2021-12-15', '76th',
		]);
		const ranges = 'Between 10 and 12 percent of 5-7 million people paid between £40 and £60.';
		assert.deepEqual(figuresOf(ranges).map(formatFigure), [
			'10–12%', '5 million–7 million people', '£40–£60',
		]);
	});
});

suite('figures in real and sample articles', () => {
	test('the seed articles give the planted percentages, money, doses and time range', function () {
		if (!seedsPresent()) {
			this.skip();
		}
		const all = articleFiles(seedsFolder).flatMap((name) => extractFigures(parseFile(seedsFolder, name)));
		const find = (text: string): Figure[] => all.filter((figure) => figure.text === text);
		const percents = [...find('31%'), ...find('30 percent'), ...find('31 percent')];
		assert.deepEqual(percents.map(brief), [
			'31% → percent 31 %',
			'30 percent → percent 30 %',
			'31 percent → percent 31 %',
		]);
		const money = [...find('$ 123 billion'), ...find('US$123 billion')];
		assert.equal(money.length, 3);
		for (const figure of money) {
			assert.deepEqual([figure.kind, figure.value, figure.unit], ['money', 123e9, 'USD']);
			assert.ok(sameFigure(figure, money[0]));
		}
		const doses = find('150 million doses');
		assert.deepEqual(doses.map(brief), [
			'150 million doses → count 150000000 dose',
			'150 million doses → count 150000000 dose',
		]);
		// The seed's time range, checked by its value rather than by copying its words.
		const ranges = all.filter((figure) => figure.kind === 'range' && figure.unit === 'time');
		assert.deepEqual(ranges.map((figure) => [figure.value, figure.high]), [[967, 1041]]);
	});

	test('the sample cluster\'s figures match its truth', function () {
		if (!existsSync(join(sampleFolder, 'truth.json'))) {
			this.skip();
		}
		const truth = loadTruth().figures;
		const found = parseSample().flatMap((parsed) =>
			extractFigures(parsed).map((figure) => ({ article: parsed.article.id, figure })),
		);
		const used = new Set<number>();
		let textMatches = 0;
		let valueMatches = 0;
		for (const expected of truth) {
			const index = found.findIndex(
				({ article, figure }, k) =>
					!used.has(k) && article === expected.article && sameSpan(figure.text, expected.text),
			);
			if (index < 0) {
				console.log(`      missed: ${expected.article} "${expected.text}"`);
				continue;
			}
			used.add(index);
			textMatches++;
			const { figure } = found[index];
			if (figure.text !== expected.text) {
				console.log(`      span differs: "${figure.text}" for "${expected.text}"`);
			}
			if (sameReading(figure, expected)) {
				valueMatches++;
			} else {
				console.log(`      wrong value: ${JSON.stringify(figure)} for ${JSON.stringify(expected)}`);
			}
		}
		found.forEach((candidate, k) => {
			if (!used.has(k)) {
				console.log(`      extra: ${candidate.article} "${candidate.figure.text}"`);
			}
		});
		const text = score('figures (text)', textMatches, found.length, truth.length);
		const values = score('figures (value)', valueMatches, found.length, truth.length);
		assert.ok(text.precision >= 0.85 && text.recall >= 0.85);
		assert.ok(values.precision >= 0.8 && values.recall >= 0.8);
	});
});
