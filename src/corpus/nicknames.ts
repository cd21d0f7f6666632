// The short forms English given names are called by (Katherine → Kate, Katie; William → Will, Liam): a
// roster lists Katherine, her friends in a focus group say Katie. De-identification removes these too, as
// it does a roster's surnames, only where capitalised: a guess must not take "rob" or "sue" from a text.
import { foldName } from './name-fold.js';

// Given name: its short forms. Only forms that are names above all; ones that are mostly words (Cat, Kit,
// Dot, Dick, Peg) are left out, and common-word ones (Will, Bill, Pat) keep "I will" by the redactor's rules.
const TABLE = `
abigail: abby abbie gail | alexander: alex alec xander sasha | alexandra: alex lexi sasha sandra |
alexis: lexi | andrew: andy drew | angela: angie | anthony: tony | barbara: barb barbie |
benjamin: ben benny benji | catherine: cate cathy katie kate | charles: charlie chuck | charlotte: charlie lottie |
christina: chris tina | christine: chris tina | christopher: chris topher | daniel: dan danny |
danielle: dani | david: dave davey | deborah: deb debbie | dominic: dom | edward: ed eddie ted ned |
elizabeth: liz lizzie beth betty eliza libby | emily: emmy | emma: em | frances: fran frankie |
francis: frank frankie | gabriel: gabe | gabriella: gabby ella | gabrielle: gabby | gregory: greg |
isabella: bella izzy | isabelle: izzy belle | jacob: jake | james: jim jimmy jamie | jennifer: jen jenny |
jessica: jess jessie | john: johnny jack | jonathan: jon jonny | joseph: joe joey | joshua: josh |
katherine: kate katie kathy kat | kathryn: kate katie kathy | kimberly: kim | lawrence: larry |
leonard: leo len lenny | margaret: maggie meg peggy | matthew: matt matty | megan: meg |
michael: mike mikey mick | michelle: shelly | nathan: nate | nathaniel: nate nathan | nicholas: nick nicky |
nicole: nikki | oliver: ollie | olivia: liv livvy | patricia: pat patty trish | patrick: pat paddy |
peter: pete | rebecca: becky becca | richard: rich rick ricky | robert: rob bob bobby robbie |
samantha: sam sammy | samuel: sam sammy | stephanie: steph | stephen: steve | steven: steve |
susan: sue suzy | theodore: theo ted teddy | thomas: tom tommy | timothy: tim timmy |
victoria: vicky tori | william: will bill billy liam willy | zachary: zach zack`;

const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.split('|').map((entry) => {
    const [name, forms] = entry.split(':');
    return [name!.trim(), forms!.trim().split(/\s+/)];
  }),
);

/**
 * The short forms of `givenNames` that are not themselves among them, capitalised ("Katherine" →
 * "Kate", "Katie", "Kathy", "Kat"), for the redactor's capital-only names. Sorted, distinct.
 */
export function nicknamesOf(givenNames: Iterable<string>): string[] {
  const given = new Set([...givenNames].map(foldName));
  const out = new Set<string>();
  for (const name of given) {
    for (const form of SHORT_FORMS.get(name) ?? []) if (!given.has(form)) out.add(form[0]!.toUpperCase() + form.slice(1));
  }
  return [...out].sort();
}
