/** Words for people: by what they are, by role, by gender, and words around a name that tell a person. */
import { words, wordSet } from './wordSets';

/** People named by what they are, beside the roles: "a person close to …", "the crowd", "one woman". */
export const personNouns = words(
	'person people man men woman women boy girl child children couple crowd audience staff team family group panel jury public everyone nobody ' +
		'someone candidate nominee campaign businessman businesswoman tycoon mogul friends colleague pope host witness executive user neighbor ' +
		'neighbour veteran guest citizen critic resident student participant applicant correspondent opponent constituent immigrant ' +
		'consultant assistant',
);

/** Nouns for a person by role, enough to stand for a speaker ("the Dravonian leader", "her rep"). */
export const roleNouns = words(
	'president leader chief minister chancellor spokesman spokeswoman spokesperson official officials diplomat diplomats aide ' +
		'adviser advisor envoy ambassador premier secretary governor mayor senator general commander head director chairman ' +
		'rep representative lawyer attorney source sources friend father mother sister brother daughter son wife husband actress ' +
		'actor star singer coach manager prosecutor judge police insiders analyst analysts expert experts counterpart ' +
		'pollster strategist consultant operative professor economist historian researcher activist candidate nominee congressman ' +
		'congresswoman lawmaker legislator commissioner sheriff ally allies',
);

/**
 * Adjectives that follow a noun with their own complement in an unnamed source: "a person close to
 * the mayor", "an official familiar with the talks", "a donor loyal to the party".
 */
export const postnominalAdjectives = words('close familiar loyal allied involved briefed knowledgeable sympathetic');

/** "he said", "she added": a pronoun that stands for a person named earlier. */
export const personPronouns = words('he she');

/**
 * Words that tell a man when they stand before the name ("Mr Ortiz", "actor Leo Ortiz") or after
 * it ("Varennikoff showed himself"), so that "she said" skips a man named since.
 */
export const maleWords = words('mr sir lord king prince duke emperor father brother son husband spokesman chairman congressman councilman businessman actor himself');

/** Words that tell a woman, the same way ("Ms Ortiz", "actress Lena Ortiz", "herself"). */
export const femaleWords = words('ms mrs miss madam lady dame queen princess duchess empress mother sister daughter wife spokeswoman chairwoman congresswoman councilwoman businesswoman actress herself');

/**
 * Words after (or before) a name that make it a person, or an organization speaking: verbs of
 * saying and of a life ("Lu said", "Ortiz died"), "who", "himself". The speaker rules' own
 * reporting verbs are `speechVerbs` (`speech.ts`).
 * NOTE: not built from `speechVerbs`: their present forms are nouns too ("member states", "Treasury
 * notes"), and would make the name before them a person.
 */
export const personCueWords = wordSet(`
	said, says, told, tells, added, adds, asked, explained, noted, stressed, wrote, writes, tweeted, replied,
	insisted, argued, warned, announced, declared, recalled, claimed, acknowledged, admitted, urged, called, who,
	whose, himself, herself, smiled, laughed, died, married, thanked, welcomed, responded, denied
`);

/**
 * Common given names of many languages: a capitalised word from this list opens a person's name
 * ("Oleg Varnak", "Tara Reid"). A short list is enough: names not in it are still found.
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
