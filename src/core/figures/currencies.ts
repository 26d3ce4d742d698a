/** Currency signs, as a character class for the filters that skip text without figures (`figures.ts`). */
export const currencySignClass = '$€£¥₹₽₩₺₴₪₦';

/** Currency signs before an amount. */
export const currencySigns: Readonly<Record<string, string>> = {
	'$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB',
	'₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₪': 'ILS', '₦': 'NGN',
};

/** Letters glued before "$": "US$123 billion", "C$5", "HK$1". */
export const dollarPrefixes: Readonly<Record<string, string>> = {
	us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL', nt: 'TWD',
};

/** ISO 4217 codes written before or after an amount ("USD 5m", "5 billion EUR"); "RMB" is the yuan. */
export const currencyCodes: Readonly<Record<string, string>> = Object.fromEntries(
	[
		'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'CAD', 'AUD', 'CHF', 'HKD', 'NZD', 'SGD', 'KRW', 'BRL', 'MXN',
		'ZAR', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'UAH', 'SAR', 'AED', 'ILS', 'TWD',
	]
		.map((code) => [code, code]).concat([['RMB', 'CNY']]),
);

/**
 * Currency names after an amount. "pounds" and "won" are also a weight and a verb, so they are
 * money only after a scale word ("3 million pounds", "5 billion won") or with "sterling".
 */
export const currencyNames: Readonly<Record<string, string>> = {
	dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
	ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', rupee: 'INR', rupees: 'INR', lira: 'TRY', rand: 'ZAR',
};

/** "pound", "pounds" and "won": money only after a scale word or with "sterling" (see `currencyNames`). */
export const scaledCurrencyNames: Readonly<Record<string, string>> = { pound: 'GBP', pounds: 'GBP', won: 'KRW' };

/** Words that tell which dollar: "40 million Canadian dollars", "5 billion Hong Kong dollars". */
export const dollarQualifiers: Readonly<Record<string, string>> = {
	us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', hong: 'HKD', kong: 'HKD', zealand: 'NZD',
	new: 'NZD', singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD',
};

/** Subunits: "50 cents" is US$0.50, "20 pence" £0.20. */
export const subunits: Readonly<Record<string, string>> = { cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP' };

/** How `formatFigure` writes a currency before an amount. */
export const currencySymbols: Readonly<Record<string, string>> = {
	USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', RUB: '₽', CAD: 'C$', AUD: 'A$', HKD: 'HK$',
};
