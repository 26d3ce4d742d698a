/** Titles and roles written before a name, and the words that stand inside or around a person's name. */
import { wordSet } from './wordSets';

/**
 * Titles and roles written before a name: stripped, never part of the mention
 * ("President Ilse Varga" → "Ilse Varga", "Dr. Jane Roe" → "Jane Roe").
 */
export const titleWords = wordSet(`
	president, presidents, president-elect, vice-president, chancellor, premier, minister, ministers, king, queen,
	prince, princess, duke, duchess, emperor, empress, pope, sultan, emir, sheikh, senator, sen, senators,
	congressman, congresswoman, rep, representative, governor, gov, mayor, secretary, secretary-general, ambassador,
	envoy, director, commissioner, chairman, chairwoman, chairperson, chair, judge, justice, magistrate, attorney,
	prosecutor, general, gen, admiral, adm, colonel, col, major, maj, captain, capt, lieutenant, lt, sergeant, sgt,
	corporal, cpl, officer, detective, det, inspector, insp, constable, const, cst, sheriff, undersheriff, marshal, commander, cmdr, dr, doctor,
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
 * Qualifiers that can stand before any name and are never part of one ("Former Tarn
 * University", "the late Ada Wood", "Acting Mayor …"): dropped from the start of a name.
 */
export const nameQualifiers = wordSet('former, ex, late, then, acting, interim, incoming, outgoing, disgraced, embattled, veteran, newly, fellow');

/** Lower-case particles inside a person's name ("Charles de Gaulle", "Vincent van Gogh", "Mohammed bin Salman"). */
export const nameParticles = wordSet('de, da, di, del, della, der, den, van, von, bin, ibn, al, el, la, le, du, dos, das, ter, ten, af');

/**
 * The Arabic article as names romanise it, joined to the word by a hyphen, which outlets keep or
 * drop by house style: "Samir al-Haddad" is "Haddad" in the next sentence or the next outlet
 * ("al-", "el-", and "ad-", "ash-", "as-"… before the letters it takes the sound of).
 */
export const articlePrefixes = wordSet('al, el, ad, an, ar, as, ash, at, az, ud, ul');

/**
 * Lower-case prefixes of Arabic names, written with a hyphen before a capital: "al-Assad",
 * "bin-Laden", "abu-Bakr" are names, though they start in lower case. The article's forms, and
 * "son of", "father of", "servant of", which no outlet drops.
 */
export const arabicNamePrefixes: ReadonlySet<string> = new Set([...articlePrefixes, ...wordSet('bin, ibn, abu, abd')]);

/** Suffixes written after a person's name: kept with it ("Ivo Marr Jr."). */
export const nameSuffixes = wordSet('jr, sr, ii, iii, iv');

/** Letters of an office or a degree written after a person's name in capitals ("Ada Lenz MP", "Ivo Marr QC"). */
export const postNominals = wordSet('mp, mep, msp, qc, kc, md, phd, obe, mbe, cbe, dds, rn, esq');

/**
 * Titles as abbreviated before a name, by the title a description uses later: "Gov. Ada Vos" is
 * "the governor", "Sen. Tom Brandt" is "the senator".
 */
export const titleAbbreviationsOf: Readonly<Record<string, readonly string[]>> = {
	governor: ['Gov.'],
	senator: ['Sen.'],
	representative: ['Rep.'],
	congressman: ['Rep.'],
	congresswoman: ['Rep.'],
	general: ['Gen.'],
	admiral: ['Adm.'],
	colonel: ['Col.'],
	captain: ['Capt.'],
	sergeant: ['Sgt.'],
	lieutenant: ['Lt.'],
	commander: ['Cmdr.'],
	detective: ['Det.'],
	professor: ['Prof.'],
	reverend: ['Rev.'],
	ambassador: ['Amb.'],
	secretary: ['Sec.'],
	president: ['Pres.'],
};

/**
 * Words before a title that make it another title: "Vice President Ada Vos" is no "president",
 * "Lt. Gov. Tom Brandt" no "governor".
 */
export const otherTitlePrefixes = wordSet('vice, lt, lieutenant, deputy, assistant, under, acting');
