// The short forms English given names are called by (Katherine → Kate, Katie; William → Will, Liam): a
// roster lists Katherine, her friends in a focus group say Katie. De-identification removes these too, as
// it does a given name, in any case where the short form is no word ("me and sammy", "kate and alex"),
// and only where capitalised where it is one: a guess must not take "rob" or "will" from a text.
import { foldName } from './name-fold.js';
import { isCommonWordName, isModalName } from './redact.js';

// Given name: its short forms. Only forms that are names above all: ones that are words too (Cat, Kit, Dot,
// Dick, Peg; Ed of "Outdoor Ed" and "Phys Ed", Ted of TED talks, Sue, Chuck, Bob, Barb, Em, Gabby) are
// left out, and so are the redactor's common-word names (Bill, Rich, Frank, Drew, Pat …), which it would
// take capitalised anywhere ("Bill 36", "Rich kids"): a guess at a nickname does not cost a word. Will
// stays: the redactor keeps the verb where it starts a question ("Will we get time?").
const TABLE = `
abigail: abby abbie gail | alexander: alex alec xander sasha | alexandra: alex lexi sasha sandra |
alexis: lexi | andrew: andy drew | angela: angie | anthony: tony | barbara: barbie |
benjamin: ben benny benji | catherine: cate cathy katie kate | charles: charlie | charlotte: charlie lottie |
christina: chris tina | christine: chris tina | christopher: chris topher | daniel: dan danny |
danielle: dani | david: dave davey | deborah: deb debbie | dominic: dom | edward: eddie ned |
elizabeth: liz lizzie beth betty eliza libby | emily: emmy |  frances: fran frankie |
francis: frank frankie | gabriel: gabe | gabriella: ella | gregory: greg |
isabella: bella izzy | isabelle: izzy belle | jacob: jake | james: jim jimmy jamie | jennifer: jen jenny |
jessica: jess jessie | john: johnny jack | jonathan: jon jonny | joseph: joe joey | joshua: josh |
katherine: kate katie kathy kat | kathryn: kate katie kathy | kimberly: kim | lawrence: larry |
leonard: leo len lenny | margaret: maggie meg peggy | matthew: matt matty | megan: meg |
michael: mike mikey mick | michelle: shelly | nathan: nate | nathaniel: nate nathan | nicholas: nick nicky |
nicole: nikki | oliver: ollie | olivia: liv livvy | patricia: pat patty trish | patrick: pat paddy |
peter: pete | rebecca: becky becca | richard: rich rick ricky | robert: rob bobby robbie |
samantha: sam sammy | samuel: sam sammy | stephanie: steph | stephen: steve | steven: steve |
susan: suzy | theodore: theo teddy | thomas: tom tommy | timothy: tim timmy |
victoria: vicky tori | william: will bill billy liam willy | zachary: zach zack`;

const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.split('|').map((entry) => {
    const [name, forms] = entry.split(':');
    return [name!.trim(), forms!.trim().split(/\s+/)];
  }),
);

// Short forms that are words too, kept in lower case ("will", "rob", "jack", "nick", "mike", "tom", "teddy",
// "patty", "ollie", and in the languages answers come in, "ella", "bella", "leo", "tina"): only these, and
// the common-word names, are taken where capitalised alone.
const WORD_FORMS: ReadonlySet<string> = new Set('will bill billy willy rob jack nick rick mike tom joe josh teddy paddy patty ollie belle ella bella tina leo mick dom tony matt barbie joey pat rich drew frank'.split(' '));
// Every short form of the table.
const ALL_FORMS: ReadonlySet<string> = new Set([...SHORT_FORMS.values()].flat());

/**
 * Whether a word is a short form of a given name that is no word ("alex", "kat", "sammy", "lexi"): found
 * in any case, as a given name is ("me and sammy"), where a short form that is a word too ("will",
 * "rob", "nick") is found only capitalised.
 */
export function isAnyCaseShortForm(word: string): boolean {
  const key = foldName(word.trim().toLowerCase());
  return ALL_FORMS.has(key) && !WORD_FORMS.has(key) && !isCommonWordName(key);
}

/**
 * The short forms of `givenNames` that are not themselves among them, capitalised ("Katherine" →
 * "Kate", "Katie", "Kathy", "Kat"), for the redactor's capital-only names. Sorted, distinct.
 */
export function nicknamesOf(givenNames: Iterable<string>): string[] {
  const given = new Set([...givenNames].map(foldName));
  const out = new Set<string>();
  for (const name of given) {
    for (const form of SHORT_FORMS.get(name) ?? []) if (!given.has(form) && (!isCommonWordName(form) || isModalName(form))) out.add(form[0]!.toUpperCase() + form.slice(1));
  }
  return [...out].sort();
}

/** The short forms a given name is called by, folded and in lower case ("samantha" → "sam", "sammy"); none for a name the table lacks. */
export function shortFormsOf(givenName: string): readonly string[] {
  return SHORT_FORMS.get(foldName(givenName.trim().toLowerCase())) ?? [];
}
