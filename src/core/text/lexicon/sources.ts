/** Media, documents and organisations: who or what can be a source, and the heads of their names. */
import { words, wordSet } from './wordSets';

/**
 * Outlets and agencies: told to one of them, a quote is relayed, not addressed ("told Tidewire").
 * A capitalised name with a media word in it counts too ("Orla News Agency", "The Post").
 */
export const mediaNames = words(
	'reuters ap afp bloomberg xinhua tass interfax ria cnn bbc politico axios cnbc nbc abc cbs npr fox dpa efe ansa kyodo yonhap ' +
		'people variety aljazeera',
);

/** Words that make a capitalised name an outlet ("The Daily Ledger", "Channel 4 News"). */
export const mediaWords = words(
	'news newspaper paper magazine agency television tv radio broadcaster channel times post journal herald tribune guardian ' +
		'telegraph daily gazette press wire media network website mag',
);

/** Documents and messages that say things: "the report said", "according to a court filing", "the ad claims". */
export const documentNouns = words(
	'report study statement letter email memo ad advertisement poll survey filing document order ruling complaint lawsuit tweet post message release ' +
		'platform editorial article book analysis transcript notice website page video headline caption sign banner note plan bill resolution calculation estimate',
);

/** Organizations common in news that carry no head word: agencies, broadcasters, seats of power. */
export const knownOrganizations = wordSet(`
	reuters, ap, afp, xinhua, tass, ria novosti, interfax, kyodo, yonhap, bloomberg, cnn, bbc, cctv, nbc, abc, cbs,
	fox, msnbc, politico, axios, al jazeera, dpa, ansa, efe, anadolu, kremlin, pentagon, white house,
	downing street, elysee, élysée, congress, nato, un, eu, imf, wto, who, opec, fbi, cia, nsa, interpol,
	unesco, unicef, fifa, uefa, ioc, nasa, google, apple, microsoft, amazon, facebook, meta, twitter, tesla,
	youtube, instagram, netflix, hamas, hezbollah, taliban, isis, al qaeda, al-qaeda, kgb, fsb, mi6, mi5, parliament,
	senate, cabinet, government, police
`);

/**
 * Last words that make a name an organization ("International Olympic Committee", "Bank of England",
 * "Promises Treatment Center", "Orla News Agency", "The Washington Post").
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

/** Lower-case words right after a name that make it an organization ("Admiralty aide", "Orla news agency"). */
export const organizationNouns = wordSet(`
	aide, aides, adviser, advisers, advisor, spokesman, spokeswoman, spokesperson, official, officials, insiders,
	agency, newspaper, broadcaster, network, channel, company, firm, group, party, ministry, government, executives,
	employees, staff, board, shareholders, brand, chief, boss, management, website, studio, studios, team, club,
	franchise, lawyers, statement, source, sources, bank, league, grouping, alliance, bloc, members, leadership
`);

/**
 * Last words of a name of an event, a document or a thing, which Crossread does not track as an
 * entity ("Olympic Winter Games", "Global Development Initiative", "Aurora Light Covid").
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

/** A company's legal form after its name, which outlets keep or drop ("Orla Systems Inc." / "Orla Systems"). */
export const legalSuffixes = wordSet('inc, incorporated, corp, corporation, co, ltd, limited, llc, llp, lp, plc, ag, sa, gmbh, nv, bv');

