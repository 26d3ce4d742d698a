/** Places: a compact gazetteer, its aliases, demonyms, and the words around a name that make it a place. */
import { union, wordKey, wordSet } from './wordSets';

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
		// US states in the abbreviations of newsroom style ("Tarnville, Ark.", "Rancho Vell, Calif."),
		// only those that are no English word or name besides ("Ill.", "Miss.", "Wash.", "Del." are left out).
		['alabama', 'ala.'],
		['arizona', 'ariz.'],
		['arkansas', 'ark.'],
		['california', 'calif.'],
		['colorado', 'colo.'],
		['connecticut', 'conn.'],
		['florida', 'fla.'],
		['kansas', 'kan.', 'kans.'],
		['kentucky', 'ky.'],
		['maryland', 'md.'],
		['michigan', 'mich.'],
		['minnesota', 'minn.'],
		['montana', 'mont.'],
		['nebraska', 'neb.', 'nebr.'],
		['nevada', 'nev.'],
		['new hampshire', 'n.h.'],
		['new jersey', 'n.j.'],
		['new mexico', 'n.m.'],
		['new york', 'n.y.'],
		['north carolina', 'n.c.'],
		['north dakota', 'n.d.'],
		['oklahoma', 'okla.'],
		['rhode island', 'r.i.'],
		['south carolina', 's.c.'],
		['south dakota', 's.d.'],
		['tennessee', 'tenn.'],
		['texas', 'tex.'],
		['vermont', 'vt.'],
		['west virginia', 'w.va.', 'w. va.'],
		['wisconsin', 'wis.', 'wisc.'],
		['wyoming', 'wyo.'],
	].flatMap((names) => names.map((name): [string, string] => [wordKey(name), wordKey(names[0])])),
);

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

/** Last words that make a name a place ("Taiwan Strait", "Quay Street", "Xinjiang region" is lower case). */
export const placeHeads = wordSet(`
	strait, straits, sea, ocean, river, lake, mountains, mountain, island, islands, bay, gulf, valley, street, st,
	avenue, ave, road, rd, square, county, province, city, region, peninsula, coast, airport, park, canyon, desert,
	hills, hill, beach, harbour, harbor, arena, stadium, bridge, canal, plaza, boulevard, lane, drive, district,
	territory, territories, heights, falls, springs, village, borough, state, republic, kingdom, emirates, oblast,
	prefecture, governorate, basin, delta, sound, pass, plain, plains, forest, field, quay, creek, mall
`);

/**
 * The words of a street's name that are no name alone: "117th Street", "97th Ave." leave "Street"
 * and "Ave." once the number is read as a figure.
 */
export const streetWords = wordSet('street, st, avenue, ave, road, rd, boulevard, blvd, lane, ln, drive, dr, highway, hwy, route');

/**
 * Words that make a name a landmark, a street or a natural feature rather than a town or a
 * country ("Orla Glacier", "Mount Orren", "West Ninth Avenue", "Vessen National Park"): such a
 * place lies in a town or a region as often as apart from it. Words that end towns' names as often
 * ("Ashby Hills", "Corran Springs", "Pell Beach", "Ardley Park") are not among them.
 */
export const landmarkWords = union(
	streetWords,
	wordSet(`
		interstate, square, plaza, bridge, glacier, mount, mt, mountain, mountains, island, islands, isle, lake, river,
		gulf, sea, ocean, valley, canyon, coast, peninsula, forest, creek, airport, stadium, arena, mall, neighbourhood,
		neighborhood, national
	`),
);

/** First words that make a name a place ("Port Halden", "Mount Everest", "Lake Como", "Fort Worth"). */
export const placePrefixes = wordSet('port, mount, mt, lake, cape, fort, ft, gulf, isle, st, saint, sierra, rio, bay');

/** Lower-case words right after a name that make it a place ("the Xinjiang region", "Kent county"). */
export const placeNouns = wordSet('region, province, county, state, city, town, village, district, area, border, island, islands, river, valley, peninsula, capital, coast, harbour, harbor, port');

/** Prepositions before a name that make it a place ("in Beijing", "from Moscow", "near Houston"). */
export const placePrepositions = wordSet('in, from, near, outside, across, throughout, into, towards, toward, via');

/**
 * Prepositions after which a person's name stands only as a possessive ("in Orla Bay", "in Vey's
 * car", never "in Vey"): of `placePrepositions`, those that take no person ("a letter from Vey",
 * "an inquiry into Vey", "a step towards Vey" do).
 */
export const locativePrepositions = wordSet('in, near, outside, throughout');

/**
 * Words before "in" that make the name after it what they bear on, not where something stands:
 * "their trust in Vey", "lost faith in Vey", "believed in Vey" (a person, never a place's slot).
 */
export const personBeforeIn = wordSet('trust, faith, confidence, belief, believe, believes, believed, believing, pride, hope, hopes');

/**
 * Words that name a part of a place, between two names one inside the other ("the Halden
 * section of Tarnford", "Orla province on the island of Vessa", "the Brisk district in Vell"):
 * `placeNouns` and the parts of a city.
 */
export const placeDivisions = union(placeNouns, wordSet('neighbourhood, neighborhood, section, suburb, borough, municipality, prefecture, regency, part'));

/**
 * Compass directions, which put a distance from a place ("75 km west of Tarnford", "14 miles
 * north-northeast of Halden"; the scanner keeps a hyphenated direction one word).
 */
export const directions = wordSet(`
	north, south, east, west, northeast, northwest, southeast, southwest, north-east, north-west, south-east,
	south-west, north-northeast, north-northwest, south-southeast, south-southwest, east-northeast, east-southeast,
	west-northwest, west-southwest, northeastern, northwestern, southeastern, southwestern, northern, southern,
	eastern, western, offshore, inland
`);

