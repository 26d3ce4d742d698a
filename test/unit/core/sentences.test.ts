import * as assert from 'node:assert/strict';
import { findParagraphs, findSentences } from '../../../src/core/segment';
import { maxSentenceLength, splitSentences, wordSpans } from '../../../src/core/text/sentences';
import type { Sentence } from '../../../src/core/types';

/** The sentences of one paragraph, as written. */
function split(text: string): string[] {
	return sentencesOf(text).map((sentence) => text.slice(sentence.start, sentence.end));
}

function sentencesOf(text: string): Sentence[] {
	const found: Sentence[] = [];
	splitSentences(text, { start: 0, end: text.length }, 0, found);
	return found;
}

suite('Sentence splitter', () => {
	test('a full stop, a question and an exclamation mark end a sentence before a capital', () => {
		assert.deepEqual(split('The ferry left at dawn. Was anyone aboard? Nobody knew! The port stayed shut.'), [
			'The ferry left at dawn.',
			'Was anyone aboard?',
			'Nobody knew!',
			'The port stayed shut.',
		]);
	});

	test('a title before a name never ends a sentence', () => {
		assert.deepEqual(split('Gov. Tamsin Ardent met Mr. Kolbe and Dr. Yusuf. Sens. Vale and Orrin stayed away.'), [
			'Gov. Tamsin Ardent met Mr. Kolbe and Dr. Yusuf.',
			'Sens. Vale and Orrin stayed away.',
		]);
	});

	test('an initialism ends a sentence only before a word that is never a name', () => {
		assert.deepEqual(split('The U.S. Navy sent a ship to the U.S. Virgin Islands. The talks moved to the U.S. It was late.'), [
			'The U.S. Navy sent a ship to the U.S. Virgin Islands.',
			'The talks moved to the U.S.',
			'It was late.',
		]);
	});

	test('a month, a number sign and a page before a number never end a sentence', () => {
		assert.deepEqual(split('The vote is on Jan. 14 in room No. 5, per p. 12 of the rules. She said no. Then she left.'), [
			'The vote is on Jan. 14 in room No. 5, per p. 12 of the rules.',
			'She said no.',
			'Then she left.',
		]);
	});

	test('initials before a surname stay with it', () => {
		assert.deepEqual(split('The report by J. M. Ostrander and R. A. Fenn came out. It was short.'), ['The report by J. M. Ostrander and R. A. Fenn came out.', 'It was short.']);
	});

	test('an abbreviation that can end a sentence ends it before an ordinary word, not before a name', () => {
		assert.deepEqual(split('She joined Brackwell Inc. Chairman Ode Vance hired her. He left Brackwell Inc. They never spoke.'), [
			'She joined Brackwell Inc. Chairman Ode Vance hired her.',
			'He left Brackwell Inc.',
			'They never spoke.',
		]);
	});

	test('decimals, times and a decimal point set apart by a space stay inside the sentence', () => {
		assert.deepEqual(split('Fares rose 2.5 per cent at 10.30 a.m. on Friday, to 14. 2 crowns. Traders shrugged.'), [
			'Fares rose 2.5 per cent at 10.30 a.m. on Friday, to 14. 2 crowns.',
			'Traders shrugged.',
		]);
	});

	test('a leading decimal point glued to its digits ends nothing', () => {
		assert.deepEqual(split('He carried a .38 revolver and hit .301 that year. It was old.'), ['He carried a .38 revolver and hit .301 that year.', 'It was old.']);
	});

	test('a decimal point right after an opening bracket ends nothing, even with a space after it', () => {
		assert.deepEqual(split('The Gulls went 41-23 (. 641) at home. They lost twice.'), ['The Gulls went 41-23 (. 641) at home.', 'They lost twice.']);
	});

	test('a number after a sentence that ends in a word starts the next one', () => {
		assert.deepEqual(split('The mill closed in 1998. 2004 brought it back.'), ['The mill closed in 1998.', '2004 brought it back.']);
	});

	test('an ellipsis before a lower-case word goes on, before a capital it ends the sentence', () => {
		assert.deepEqual(split('We waited… and waited . . . and then the bus came... Nobody got off.'), ['We waited… and waited . . . and then the bus came...', 'Nobody got off.']);
	});

	test('thousands of full stops are one ending, read in linear time', () => {
		const text = `It went on${'.'.repeat(200_000)} Then it stopped${' .'.repeat(100_000)} And again.`;
		const started = performance.now();
		const found = split(text);
		assert.equal(found.length, 3);
		assert.ok(found[2] === 'And again.');
		assert.ok(performance.now() - started < 2000);
	});

	test('the closing quotation mark or bracket after an end mark belongs to the sentence that ends', () => {
		assert.deepEqual(split('“We will sail at noon.” The captain nodded. ‘Not today!’ Then rain fell. (It poured.) »Genug.« The end.'), [
			'“We will sail at noon.”',
			'The captain nodded.',
			'‘Not today!’',
			'Then rain fell.',
			'(It poured.)',
			'»Genug.«',
			'The end.',
		]);
	});

	test('a quoted exclamation or question followed by a lower-case attribution is one sentence', () => {
		assert.deepEqual(split('“Hold the line!” she shouted. “Is the bridge open?” asked a driver. “Yes.” He waved.'), [
			'“Hold the line!” she shouted.',
			'“Is the bridge open?” asked a driver.',
			'“Yes.”',
			'He waved.',
		]);
	});

	test('a quoted question or exclamation followed by a capitalised name and a reporting verb is one sentence', () => {
		assert.deepEqual(split('“Is the bridge open?” Ode Vance asked. “Never!” Vance said, and left. “Why?” The Mayor Office stayed shut.'), [
			'“Is the bridge open?” Ode Vance asked.',
			'“Never!” Vance said, and left.',
			'“Why?”',
			'The Mayor Office stayed shut.',
		]);
	});

	test('an exclamation or question mark inside a sentence goes on before a comma or a lower-case word', () => {
		assert.deepEqual(split('The sign read “Stop!”, Ardent recalled. Why not? is what he said.'), ['The sign read “Stop!”, Ardent recalled.', 'Why not? is what he said.']);
	});

	test('an opening quotation mark glued to the end mark before it opens the next sentence', () => {
		assert.deepEqual(split('They voted no.”“We lost,” said Pell.'), ['They voted no.”', '“We lost,” said Pell.']);
	});

	test('addresses and file names keep their full stops', () => {
		assert.deepEqual(split('Write to desk@harbour-news.example or see https://harbour-news.example/a.b?id=4. It is free.'), [
			'Write to desk@harbour-news.example or see https://harbour-news.example/a.b?id=4.',
			'It is free.',
		]);
	});

	test('a lower-case word after a full stop goes on', () => {
		assert.deepEqual(split('Prices are set by the co-op. in practice, the board decides.'), ['Prices are set by the co-op. in practice, the board decides.']);
	});

	test('a list item at the start of a line starts a sentence without a full stop before it', () => {
		assert.deepEqual(split('What the deal keeps for the harbour and its workers over the next three years\n• Night shifts stay\n• Wages rise'), [
			'What the deal keeps for the harbour and its workers over the next three years',
			'• Night shifts stay',
			'• Wages rise',
		]);
	});

	test('a numbered item keeps its number', () => {
		assert.deepEqual(split('4. WHY THE FERRY IS LATE AGAIN'), ['4. WHY THE FERRY IS LATE AGAIN']);
	});

	test('a dateline with an abbreviated place stays with its sentence', () => {
		assert.deepEqual(split('DOVERTON, Del. — The strike ended on Monday.'), ['DOVERTON, Del. — The strike ended on Monday.']);
	});

	test('Chinese and Japanese end marks need no space after them, other scripts do not crash', () => {
		assert.deepEqual(split('港口今天关闭。工人回家了！明天呢？'), ['港口今天关闭。', '工人回家了！', '明天呢？']);
		assert.deepEqual(split('港口关闭。iPhone卖完了。'), ['港口关闭。', 'iPhone卖完了。']);
		assert.deepEqual(split('Порт закрыт. Рабочие ушли домой.'), ['Порт закрыт.', 'Рабочие ушли домой.']);
		assert.deepEqual(split('الميناء مغلق. العمال عادوا؟ نعم.'), ['الميناء مغلق.', 'العمال عادوا؟', 'نعم.']);
	});

	test('a sentence carries the words of the word scanner, with exact offsets', () => {
		const text = 'Mei-Lin’s aide flew to the U.S. on 2.4 tickets. 😀 Lu left.';
		const [first, second] = sentencesOf(text);
		assert.deepEqual(
			wordSpans(first).map((word) => text.slice(word.start, word.end)),
			['Mei-Lin’s', 'aide', 'flew', 'to', 'the', 'U.S', 'on', '2.4', 'tickets'],
		);
		assert.deepEqual(
			wordSpans(second).map((word) => text.slice(word.start, word.end)),
			['Lu', 'left'],
		);
		assert.equal(text.slice(second.start, second.end), '😀 Lu left.');
	});

	test('hostile input: one endless word, noise and lone surrogates are read in linear time and stay in the paragraph', () => {
		const noise = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
		for (const text of ['a'.repeat(1_000_000), 'word '.repeat(200_000), noise, '?!'.repeat(100_000) + ' X', '\ud800. \udc00. A.']) {
			const started = performance.now();
			const found = sentencesOf(text);
			assert.ok(performance.now() - started < 3000, 'linear');
			assert.ok(found.length >= 1);
			for (const sentence of found) {
				assert.ok(sentence.start >= 0 && sentence.start < sentence.end && sentence.end <= text.length);
			}
		}
	});

	test('a paragraph without an end mark is cut between words into sentences of at most the longest length', () => {
		const text = 'crane '.repeat(3000).trim();
		const found = sentencesOf(text);
		assert.ok(found.length >= 4);
		for (const sentence of found) {
			assert.ok(sentence.end - sentence.start <= maxSentenceLength + 10);
			assert.match(text.slice(sentence.start, sentence.end), /^crane( crane)*$/);
		}
		assert.equal(found.reduce((count, sentence) => count + sentence.words.length / 2, 0), 3000);
	});

	test('findSentences numbers each sentence with its paragraph', () => {
		const text = 'The port shut. Crews left.\n\nIt reopened.';
		const sentences = findSentences(text, findParagraphs(text, 0));
		assert.deepEqual(
			sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.paragraph]),
			[
				['The port shut.', 0],
				['Crews left.', 0],
				['It reopened.', 1],
			],
		);
	});
});
