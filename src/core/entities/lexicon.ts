import type { EntityType } from '../types';

/**
 * Splits a comma-separated list into a set of `wordKey`s; entries may hold spaces ("new york").
 * The lists below are deliberately compact (a few hundred entries at most): they give hints, and
 * the folder itself (which words it capitalises mid-sentence, which names recur) decides the rest.
 */
function wordSet(list: string): ReadonlySet<string> {
	return new Set(
		list
			.split(',')
			.map((entry) => wordKey(entry.trim()))
			.filter((entry) => entry !== ''),
	);
}

/**
 * The key under which a word is looked up in these lists: lower case, curly apostrophes straight,
 * dots dropped ("U.S." → "us", "St." → "st", "O’Brien" → "o'brien").
 * NOTE: the name finder calls it for every word, so plain words take the short way.
 *
 * @param word A word (or a name of several words) as written.
 * @returns Its key.
 */
export function wordKey(word: string): string {
	const lower = word.toLowerCase();
	return lower.includes('.') || lower.includes('’') ? lower.replace(/’/g, "'").replace(/\./g, '') : lower;
}

/**
 * The key under which spellings of a name are compared across articles: `wordKey` with white
 * space single, initials written apart joined ("U. S." and "U.S." → "us", "J. K. Rowling" → "jk
 * rowling"), and British and American spellings of head words alike ("Centre"/"Center").
 *
 * @param name A name as written.
 * @returns Its comparison key.
 */
export function nameKey(name: string): string {
	return wordKey(
		name
			.replace(/\s+/g, ' ')
			// Initials written apart ("U. S.", "J. K.") are one word: "US", "JK".
			.replace(/\b(\p{L})\. (?=\p{L}\.)/gu, '$1'),
	)
		.replace(/\b(cent|theat)re\b/g, '$1er')
		.replace(/\bdefence\b/g, 'defense')
		.replace(/\borganisation\b/g, 'organization')
		.trim();
}

/**
 * Capitalised words that are ordinary words, never a name on their own: articles, pronouns,
 * prepositions, conjunctions and the adverbs that open sentences ("However", "According to …").
 * NOTE: "New", "Great", "United" are missing on purpose: they open names ("New York", "Great Britain").
 */
export const stopWords = wordSet(`
	a, an, the, this, that, these, those, it, its, it's, he, she, they, we, i, you, his, her, hers, their, theirs,
	our, ours, my, your, him, them, us, me, there, here, what, why, how, who, whom, whose, which, where, when,
	whenever, while, whilst, if, but, and, or, nor, so, yet, as, at, by, for, from, in, into, on, onto, of, off,
	out, over, under, up, down, to, with, without, within, about, above, below, after, afterwards, before, during,
	since, until, till, upon, against, among, amid, amongst, between, beyond, through, throughout, toward, towards,
	across, along, around, behind, beside, besides, despite, except, inside, outside, near, per, via, than, then,
	now, today, tonight, yesterday, tomorrow, however, meanwhile, moreover, furthermore, also, still, even, just,
	only, already, again, once, later, earlier, instead, indeed, thus, hence, therefore, otherwise, perhaps, maybe,
	although, though, because, unless, whether, both, each, every, either, neither, all, any, some, many, much,
	most, more, less, few, several, such, other, others, another, no, not, none, nobody, nothing, everyone,
	everybody, everything, someone, somebody, something, anyone, anything, one, two, three, four, five, six,
	seven, eight, nine, ten, first, second, third, last, next, like, unlike, according, following, including,
	regarding, asked, speaking, yes, please, dear, oh, well, breaking, web, internet, update, updated, read, more, watch, see, photo, video, click, share, exclusive, live,
	let, do, does, did, is, are, was, were, be, been, would, could, should, must, might, shall,
	said, says, told, added, mr, mrs, ms, dr
`);

/** Weekdays, months and feasts: capitalised, but dates, not names ("On Wednesday", "last December"). */
export const timeWords = wordSet(`
	monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thur, thurs, fri, sat,
	january, february, march, april, may, june, july, august, september, october, november, december,
	jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, christmas, easter, thanksgiving, halloween,
	ramadan, eid, hanukkah, diwali, weekend, am, pm, a.m., p.m.
`);

/**
 * Titles and roles written before a name: stripped, never part of the mention
 * ("President Vladimir Putin" → "Vladimir Putin", "Dr. Jane Roe" → "Jane Roe").
 */
export const titleWords = wordSet(`
	president, presidents, president-elect, vice-president, chancellor, premier, minister, ministers, king, queen,
	prince, princess, duke, duchess, emperor, empress, pope, sultan, emir, sheikh, senator, sen, senators,
	congressman, congresswoman, rep, representative, governor, gov, mayor, secretary, secretary-general, ambassador,
	envoy, director, commissioner, chairman, chairwoman, chairperson, chair, judge, justice, magistrate, attorney,
	prosecutor, general, gen, admiral, adm, colonel, col, major, maj, captain, capt, lieutenant, lt, sergeant, sgt,
	corporal, cpl, officer, detective, det, inspector, constable, sheriff, marshal, commander, cmdr, dr, doctor,
	professor, prof, mr, mrs, ms, miss, mx, sir, dame, lord, lady, rev, reverend, father, fr, bishop, archbishop,
	cardinal, rabbi, imam, ayatollah, coach, speaker, leader, spokesman, spokeswoman, spokesperson, adviser, advisor,
	aide, ceo, cfo, coo, councillor, councilman, councilwoman, alderman, lawmaker, mp, mep, superintendent, chief,
	manager, owner, founder, actor, actress, singer, rapper, striker, midfielder, defender, goalkeeper,
	quarterback, pitcher, boss, anchor, presenter, correspondent, editor, writer, author, artist, champion, referee,
	umpire, filmmaker, moviemaker, producer, screenwriter, novelist, photographer, comedian, musician, designer,
	journalist, activist, lawyer, suspect, victim, inmate, prisoner, model, chef, deputy, trooper, agent, ranger,
	warden, patrolman, firefighter, soldier, juror, nominee, candidate
`);

/**
 * Words that qualify a title and go with it ("Prime Minister", "Trade Minister", "Deputy Chief").
 * NOTE: they are only dropped right before a title word; "Foreign Ministry" keeps "Foreign".
 */
export const titleModifiers = wordSet(`
	prime, vice, deputy, acting, former, ex, interim, chief, senior, junior, assistant, associate, executive,
	managing, general, head, supreme, crown, first, grand, foreign, defence, defense, finance, trade, interior,
	home, health, education, energy, justice, economy, economic, agriculture, transport, culture, labour, labor,
	environment, treasury, commerce, industry, security, sports, tourism, fisheries, state, national, majority,
	minority, opposition, press, communications, police, fire, team, army, navy, district, county, city, federal,
	regional, provincial, union, party, parliamentary, shadow, lord, lead, co, principal, special, permanent, staff,
	heavyweight, cruiserweight, middleweight, welterweight, lightweight, featherweight, world, olympic
`);

/**
 * Qualifiers that can stand before any name and are never part of one ("Former Kutztown
 * University", "the late Bettie Page", "Acting Mayor …"): dropped from the start of a name.
 */
export const nameQualifiers = wordSet('former, ex, late, then, acting, interim, incoming, outgoing, disgraced, embattled, veteran, newly, fellow');

/** Lower-case particles inside a person's name ("Charles de Gaulle", "Vincent van Gogh", "Mohammed bin Salman"). */
export const nameParticles = wordSet('de, da, di, del, della, der, den, van, von, bin, ibn, al, el, la, le, du, dos, das, ter, ten, af');

/**
 * Last words that make a name an organization ("International Olympic Committee", "Bank of England",
 * "Promises Treatment Center", "Xinhua News Agency", "The Washington Post").
 */
export const organizationHeads = wordSet(`
	agency, ministry, committee, council, bank, party, company, inc, corp, corporation, co, ltd, llc, plc, group,
	holdings, industries, center, centre, university, college, school, academy, institute, institution, news,
	times, post, journal, herald, tribune, press, daily, gazette, telegraph, reporter, magazine, network, television,
	tv, radio, channel, broadcasting, association, federation, union, league, organization, organisation,
	department, office, bureau, service, services, commission, authority, board, court, assembly, parliament,
	congress, senate, army, navy, forces, force, police, guard, brigade, church, foundation, trust, fund, society,
	club, airlines, airways, motors, systems, technologies, pharmaceuticals, studios, pictures, records,
	entertainment, media, hospital, clinic, museum, nations, brotherhood, front, alliance, coalition, cabinet,
	government, administration, embassy, consulate, secretariat, tribunal, commons, reserve, exchange, conference,
	ministries, unit, squad, division, corps, regiment, battalion, team, fc, partners, bancorp, labs, institutes,
	chamber, courts, railways, railway, petroleum, telecom, bros, brothers, weekly, monthly
`);

/** Last words that make a name a place ("Taiwan Strait", "Stadiou Street", "Xinjiang region" is lower case). */
export const placeHeads = wordSet(`
	strait, straits, sea, ocean, river, lake, mountains, mountain, island, islands, bay, gulf, valley, street, st,
	avenue, ave, road, rd, square, county, province, city, region, peninsula, coast, airport, park, canyon, desert,
	hills, hill, beach, harbour, harbor, arena, stadium, bridge, canal, plaza, boulevard, lane, drive, district,
	territory, territories, heights, falls, springs, village, borough, state, republic, kingdom, emirates, oblast,
	prefecture, governorate, basin, delta, sound, pass, plain, plains, forest, field, quay, creek, mall
`);

/** First words that make a name a place ("Port Halden", "Mount Everest", "Lake Como", "Fort Worth"). */
export const placePrefixes = wordSet('port, mount, mt, lake, cape, fort, ft, gulf, isle, st, saint, sierra, rio, bay');

/** Lower-case words right after a name that make it a place ("the Xinjiang region", "Kent county"). */
export const placeNouns = wordSet('region, province, county, state, city, town, village, district, area, border, island, islands, river, valley, peninsula, capital, coast, harbour, harbor, port');

/** Lower-case words right after a name that make it an organization ("Kremlin aide", "Xinhua news agency"). */
export const organizationNouns = wordSet(`
	aide, aides, adviser, advisers, advisor, spokesman, spokeswoman, spokesperson, official, officials, insiders,
	agency, newspaper, broadcaster, network, channel, company, firm, group, party, ministry, government, executives,
	employees, staff, board, shareholders, brand, chief, boss, management, website, studio, studios, team, club,
	franchise, lawyers, statement, source, sources, bank, league, grouping, alliance, bloc, members, leadership
`);

/** Prepositions before a name that make it a place ("in Beijing", "from Moscow", "near Houston"). */
export const placePrepositions = wordSet('in, from, near, outside, across, throughout, into, towards, toward, via');

/**
 * Words after (or before) a name that make it a person, or an organization speaking: verbs of
 * saying and of a life ("Xi said", "Ortiz died"), "who", "himself". The speaker rules' own
 * reporting verbs are in `quotes/lexicon.ts`.
 */
export const personCueWords = wordSet(`
	said, says, told, tells, added, adds, asked, explained, noted, stressed, wrote, writes, tweeted, replied,
	insisted, argued, warned, announced, declared, recalled, claimed, acknowledged, admitted, urged, called, who,
	whose, himself, herself, smiled, laughed, died, married, thanked, welcomed, responded, denied
`);

/**
 * Last words of a name of an event, a document or a thing, which Crossread does not track as an
 * entity ("Olympic Winter Games", "Global Development Initiative", "Sputnik Light Covid").
 */
export const thingHeads = wordSet(`
	olympics, olympic, games, cup, championship, championships, award, awards, prize, festival, summit, war, wars,
	day, week, initiative, agenda, act, plan, program, programme, project, strategy, doctrine, treaty,
	agreement, accord, accords, declaration, charter, protocol, revolution, era, covid, covid-19, coronavirus,
	virus, vaccine, vaccines, series, bowl, marathon, open, grand prix, tour, show, album, film, movie, novel,
	book, song, index, report, survey, study, census, law, constitution, amendment, expo, fair, gala, playoffs,
	playoff, finals, season, draft, year, all-star, oscars, emmy, emmys, grammy, grammys, baftas, globes, nomination,
	nominations
`);

/** Upper-case tokens that are not names: roles, units, time zones and common abbreviations ("CEO", "GMT", "COVID"). */
export const commonAcronyms = wordSet(`
	ceo, cfo, coo, cto, mp, mep, mvp, gm, am, pm, gmt, utc, est, edt, pst, pdt, cet, bst, et, pt, km, kg, mph, tv,
	gdp, dna, hiv, aids, covid, sars, ok, faq, pdf, url, id, vip, suv, dvd, cd, iq, lgbt, lgbtq, rip, ufo, ai, it,
	pr, hr, ko, kos, tko, rbi, era, ii, iii, iv, vs, usd, eur, gbp, rpm, ad, bc, pc, ps, pps, r&d, q&a, m&a, b&b
`);

/** Acronyms that became ordinary words: a lower-case "aids" or "laser" is never the acronym. */
export const lexicalisedAcronyms = wordSet('aids, laser, radar, scuba, swat, nimby, yolo, sonar, taser, gif, jpeg, sars, covid, posh, snafu');

/** Suffixes written after a person's name: kept with it ("Arcade Comeaux Jr."). */
export const nameSuffixes = wordSet('jr, sr, ii, iii, iv');

/** Abbreviations whose full stop belongs to the word ("St. Louis", "Mt. Everest", "Sen. Roe"). */
export const dottedAbbreviations = wordSet(`
	st, mt, ft, jr, sr, dr, mr, mrs, ms, prof, sen, rep, gov, gen, col, capt, lt, sgt, cpl, adm, cmdr, det, rev, fr,
	maj, inc, corp, co, ltd, bros, ave, rd, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, mon, tue,
	tues, wed, thu, thur, thurs, fri, sat, ala, ariz, calif, colo, conn, fla, kan, ky, md, mich, minn, mont, neb,
	nev, okla, ore, tenn, tex, vt, va, wis, wyo
`);

/**
 * Adjectives of nationality, religion and compass points that are not names on their own
 * ("Russian leader", "Chinese President", "Western criticism", "Muslim minorities"). Regular ones
 * are also recognised from their place ("Kestria" → "Kestrian"): see `demonymBases`.
 */
export const demonyms = wordSet(`
	american, british, english, scottish, welsh, irish, french, german, dutch, belgian, swiss, austrian, italian,
	spanish, portuguese, greek, turkish, russian, ukrainian, belarusian, polish, czech, slovak, hungarian, romanian,
	bulgarian, serbian, croatian, bosnian, albanian, swedish, norwegian, danish, finnish, icelandic, estonian,
	latvian, lithuanian, georgian, armenian, azerbaijani, kazakh, uzbek, chinese, japanese, korean, taiwanese,
	vietnamese, thai, filipino, indonesian, malaysian, singaporean, indian, pakistani, afghan, bangladeshi,
	iranian, iraqi, syrian, lebanese, israeli, palestinian, jordanian, saudi, emirati, qatari, yemeni, egyptian,
	libyan, tunisian, algerian, moroccan, sudanese, ethiopian, somali, kenyan, nigerian, ghanaian, south african,
	zimbabwean, congolese, canadian, mexican, cuban, brazilian, argentine, argentinian, chilean, peruvian,
	colombian, venezuelan, bolivian, australian, kiwi, european, asian, african, arab, arabic, latin, hispanic,
	nordic, baltic, balkan, slavic, sino, anglo, euro, soviet, western, eastern, northern, southern, westerner,
	christian, muslim, jewish, catholic, protestant, orthodox, buddhist, hindu, islamic, sunni, shia, shiite,
	sikh, evangelical, mormon, jew, arab, atlantic, pacific, mediterranean, caribbean, scandinavian, persian, kurdish,
	uyghur, uighur, tibetan, tamil, pashtun, maori, aboriginal, inuit, yankee, texan, californian, parisian,
	londoner, muscovite, paralympic, republican, democratic, democrat, communist, socialist, conservative,
	liberal, labour, tory, green, nazi, marxist, maoist, gaelic, celtic, roman, byzantine, ottoman, victorian
`);

/**
 * Countries, major cities, regions and seas: a compact gazetteer, enough to type the common
 * places of world news. Anything missing is still found, and typed by its context.
 */
export const gazetteer = wordSet(`
	afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan, bahamas,
	bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, botswana, brazil,
	brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, chad, chile, china, colombia, congo,
	costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti, dominican republic, ecuador,
	egypt, el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia,
	germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india,
	indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kosovo,
	kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg,
	madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico, moldova, monaco, mongolia,
	montenegro, morocco, mozambique, myanmar, burma, namibia, nepal, netherlands, holland, new zealand, nicaragua,
	niger, nigeria, north korea, north macedonia, macedonia, norway, oman, pakistan, palestine, panama,
	papua new guinea, paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa,
	san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia,
	south africa, south korea, korea, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria,
	taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tunisia, turkey, turkiye, turkmenistan, uganda,
	ukraine, united arab emirates, uae, united kingdom, uk, u.k., britain, great britain, england, scotland, wales,
	northern ireland, united states, united states of america, us, u.s., usa, u.s.a., america, uruguay,
	uzbekistan, vanuatu, vatican, venezuela, vietnam, yemen, zambia, zimbabwe, soviet union, ussr, east germany,
	russian federation, d.c., hague, ala, ariz, calif, colo, conn, fla, kan, ky, md, mich, minn, mont, neb, nev,
	okla, ore, tenn, tex, vt, va, wis, wyo, n.j., n.y., n.c., n.h., n.m., n.d., s.c., s.d., r.i.,
	west germany, yugoslavia, czechoslovakia,
	beijing, shanghai, hong kong, macau, shenzhen, guangzhou, wuhan, tokyo, osaka, seoul, pyongyang, taipei,
	manila, jakarta, bangkok, hanoi, kuala lumpur, delhi, new delhi, mumbai, kolkata, karachi, lahore, islamabad,
	kabul, dhaka, colombo, kathmandu, tehran, baghdad, damascus, beirut, jerusalem, tel aviv, gaza, amman,
	riyadh, jeddah, mecca, dubai, abu dhabi, doha, ankara, istanbul, cairo, tripoli, tunis, algiers, rabat,
	casablanca, khartoum, addis ababa, nairobi, lagos, abuja, accra, kinshasa, johannesburg, cape town, pretoria,
	harare, moscow, st petersburg, saint petersburg, sochi, kyiv, kiev, kharkiv, odesa, odessa, minsk, warsaw,
	prague, vienna, budapest, bucharest, sofia, belgrade, zagreb, athens, rome, milan, naples, venice, madrid,
	barcelona, lisbon, paris, marseille, lyon, brussels, amsterdam, the hague, berlin, munich, frankfurt, hamburg,
	geneva, zurich, london, manchester, liverpool, birmingham, edinburgh, glasgow, dublin, belfast, oslo,
	stockholm, copenhagen, helsinki, reykjavik, tallinn, riga, vilnius, tbilisi, yerevan, baku, astana, tashkent,
	washington, new york, los angeles, l.a., chicago, houston, dallas, austin, san antonio, phoenix, philadelphia,
	boston, miami, atlanta, seattle, san francisco, san diego, las vegas, denver, detroit, cleveland, baltimore,
	new orleans, nashville, portland, minneapolis, pittsburgh, toronto, montreal, vancouver, ottawa,
	mexico city, havana, bogota, caracas, lima, santiago, buenos aires, sao paulo, rio de janeiro, brasilia,
	sydney, melbourne, canberra, auckland, wellington, hollywood, brooklyn, manhattan, silicon valley,
	alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
	illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota,
	mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina,
	north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee,
	texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, quebec, ontario, bavaria, catalonia,
	xinjiang, tibet, crimea, donbas, donbass, kashmir, chechnya, kurdistan, siberia, west bank, golan heights,
	sinai, darfur, punjab, bengal, balkans, caucasus, scandinavia, europe, asia, africa, latin america,
	north america, south america, middle east, far east, east asia, southeast asia, central asia, south asia,
	indo-pacific, asia-pacific, pacific, atlantic, arctic, antarctica, antarctic, mediterranean, caribbean,
	gulf, persian gulf, red sea, black sea, baltic, south china sea, east china sea, taiwan strait, west, east,
	sahara, sahel, himalayas, alps
`);

/** Organizations common in news that carry no head word: agencies, broadcasters, seats of power. */
export const knownOrganizations = wordSet(`
	reuters, ap, afp, xinhua, tass, ria novosti, interfax, kyodo, yonhap, bloomberg, cnn, bbc, cctv, nbc, abc, cbs,
	fox, msnbc, politico, axios, al jazeera, dpa, ansa, efe, anadolu, kremlin, pentagon, white house,
	downing street, elysee, élysée, congress, nato, un, eu, imf, wto, who, opec, fbi, cia, nsa, interpol,
	unesco, unicef, fifa, uefa, ioc, nasa, google, apple, microsoft, amazon, facebook, meta, twitter, tesla,
	youtube, instagram, netflix, hamas, hezbollah, taliban, isis, al qaeda, al-qaeda, kgb, fsb, mi6, mi5, parliament,
	senate, cabinet, government, police
`);

/** Acronyms long enough to pass for ordinary words in capitals that are still names ("UNESCO", "NASDAQ"). */
export const longAcronyms = wordSet('unesco, unicef, nasdaq, interpol, frontex, asean, mercosur, gazprom, rosneft');

/**
 * The same place under several names, each alias mapped to one key: the grouping joins them even
 * when the folder never spells one out ("US", "U.S.", "USA", "United States").
 */
export const placeAliases: ReadonlyMap<string, string> = new Map(
	[
		['united states', 'us', 'u.s.', 'usa', 'u.s.a.', 'united states of america', 'america'],
		['united kingdom', 'uk', 'u.k.', 'britain', 'great britain'],
		['united arab emirates', 'uae'],
		['soviet union', 'ussr'],
		['kyiv', 'kiev'],
		['myanmar', 'burma'],
		['netherlands', 'holland'],
		['turkey', 'turkiye'],
		['saint petersburg', 'st petersburg', 'st. petersburg'],
	].flatMap((names) => names.map((name): [string, string] => [wordKey(name), wordKey(names[0])])),
);

/**
 * Common given names of many languages: a capitalised word from this list opens a person's name
 * ("Yuri Ushakov", "Tara Reid"). A short list is enough: names not in it are still found.
 */
export const firstNames = wordSet(`
	aaron, abdul, abdullah, adam, adrian, ahmed, aisha, alan, albert, aleksandr, aleksei, alex, alexander,
	alexandra, alexei, alfredo, ali, alice, alicia, amanda, amy, ana, anastasia, andre, andrea, andrei, andrew,
	andy, angela, angelina, ann, anna, anne, anthony, antonio, arnold, arthur, barack, barbara, ben, benjamin,
	bernard, bill, billy, bob, boris, brad, brandon, brian, bruce, carl, carlos, carol, caroline, catherine,
	charles, charlie, chris, christian, christina, christine, christopher, claire, claudia, colin, craig, dale,
	dan, daniel, daniela, danny, david, dennis, diana, dmitry, dmitri, donald, dorothy, douglas, ed, eddie, edward,
	elena, elizabeth, ella, ellen, emily, emma, emmanuel, eric, erik, eva, evan, fatima, felix, fernando, frank,
	fred, gabriel, gary, george, gerhard, gordon, grace, greg, gregory, hans, harry, heather, helen, henry, hillary,
	howard, hunter, ian, igor, ingrid, irina, isabel, ivan, jack, jacob, james, jan, jane, janet, jason, javier,
	jean, jeff, jennifer, jeremy, jerry, jessica, jill, jim, jimmy, joan, joe, joel, johann, john, johnny, jon,
	jonathan, jorge, jose, joseph, josh, joshua, juan, judy, julia, julian, julie, justin, karen, karl, kate,
	katherine, kathleen, keith, kelly, ken, kenneth, kevin, kim, kirill, klaus, kurt, larry, laura, lauren, lee,
	leonid, li, linda, lisa, liu, louis, lucy, luis, luke, manuel, marc, marco, margaret, maria, marie, mario,
	mark, martin, mary, matt, matthew, maurice, max, maxim, mei, michael, michelle, miguel, mike, mikhail, mohammed,
	muhammad, nancy, natalia, natasha, nathan, nicholas, nick, nicola, nicolas, nikolai, nina, olga, oliver, olivia,
	omar, oscar, pablo, patricia, patrick, paul, paula, pavel, pedro, peter, philip, pierre, rachel, ralph,
	randy, ray, rebecca, richard, rick, robert, roberto, robin, roger, ronald, rose, ruth, ryan, sally, sam,
	samuel, sandra, sara, sarah, scott, sean, sergei, sergey, sharon, simon, sofia, sophie, stefan, stephanie,
	stephen, steve, steven, susan, tara, ted, teresa, theresa, thomas, tim, timothy, tom, tomas, tony, valentina,
	valery, vanessa, vera, victor, viktor, vincent, vladimir, walter, wang, wei, william, xi, yang, yuri, zhang,
	ahmad, hassan, hussein, mahmoud, mustafa, khalid, ibrahim, yusuf, recep, narendra, shinzo, fumio, jacinda,
	justin, angela, olaf, giorgia, pedro, volodymyr, dmytro, sergio, luiz, jair, cristina, gustavo, elon, jeff,
	taylor, kanye, beyonce, oprah, serena, venus, lionel, cristiano, neymar, kylian, lebron, kobe, tiger, roger,
	rafael, novak, andy, usain, wladimir, vitali, muhammad, lennox, riddick, floyd, manny, ruud, pieter, joost,
	lotte, hanne, sven, lars, anders, henrik, jens, mette, jonas, johan, willem, femke, sanne
`);

/**
 * The type a name's own words imply, without context: a known place or organization, an
 * organization or place head word, or a first name. `undefined` when the words say nothing.
 *
 * @param words The name's words, lower case, possessive and dots of initials kept as written.
 * @returns The type the lexicon implies, if any.
 */
export function lexicalType(words: readonly string[]): EntityType | undefined {
	if (words.length === 0) {
		return undefined;
	}
	const name = words.join(' ');
	if (gazetteer.has(name) || placeAliases.has(name)) {
		return 'place';
	}
	if (knownOrganizations.has(name)) {
		return 'organization';
	}
	const last = words[words.length - 1];
	if (words.length > 1 && organizationHeads.has(last)) {
		return 'organization';
	}
	// "Bank of England", "Ministry of Foreign Affairs": the head stands before "of".
	const of = words.indexOf('of');
	if (of > 0 && organizationHeads.has(words[of - 1])) {
		return 'organization';
	}
	// "Kellie Hill", "Harry Park": a first name makes a person even before a place word.
	if (words.length > 1 && firstNames.has(words[0])) {
		return 'person';
	}
	if (words.length > 1 && (placeHeads.has(last) || placePrefixes.has(words[0]) || (of > 0 && placeHeads.has(words[of - 1])))) {
		return 'place';
	}
	return undefined;
}
