// A web page saved as text (a blog post with its comments, a WordPress or Blogger page, a Padlet): the
// page's furniture, lines the site writes around the writing (the comment form, "Like this:", "Share
// this:", "Reply", "Posted by … at …", a comment's date), and its comments, each headed by its writer
// ("Maya Lopez says:", Blogger's "Maya Lopez said..."). Whole lines only, and only lines every such site
// writes word for word, so that a sentence someone wrote is never taken for furniture. Pure.
import { neverName } from '../util/names.js';
import { isRoleOrTitle } from '../util/role-titles.js';
import { DATE_ALONE } from './bylines.js';

const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?`;
const NUMBER_WORD = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|no)`;
// A time alone ("7:45 PM"), and a date with a time after it ("March 3, 2012 at 4:12 pm"), the date first.
const TIME_ALONE = new RegExp(String.raw`^${TIME}$`, 'i');
const DATE_AND_TIME = new RegExp(String.raw`^(.*?)(?:,?\s+(?:at|@|-)\s+${TIME})?$`, 'i');

// Buttons of one word or two, furniture only on a page the lines above show to be one: alone on a line,
// "Share:" or "Reply" may head a student's writing too (a Think-Pair-Share sheet's "Share:").
const BUTTONS = /^(?:share|like|share this|like this|related|reply|reply ↓|delete|loading|reblog|tweet|print|pin it|accept|got it!?|follow|subscribe|subscribed|sign me up)\s*(?::|\.{3}|…)?$/i;

// The row of sharing links under "Share this:", copied as their names ("Twitter Facebook Email"): on a page only.
const SHARE_LINKS = /^(?:(?:twitter|facebook|email|print|linkedin|pinterest|reddit|tumblr|whatsapp|pocket|telegram|more)\s*){2,}$/i;

// A post's dateline: Blogger's "Posted by Maya Lopez at 7:45 PM", "Posted on March 3, 2019", "Posted in Uncategorized".
const POSTED_BY = /^posted (?:by (?<by>\S+(?: \S+){0,3}?)(?: (?:at|on) (?<when>[^!?]{4,40}))?|on (?<on>[^!?]{6,40}?)(?: by \S+(?: \S+){0,3})?|in (?:\S+ ){0,3}\S+)(?<!\.)$/i;

const ABOUT = /^about (?:the author:?\s+)?(?<name>[^\s:][^:]{0,40})$/i;

// The heading over other posts' titles and excerpts: "Related posts", "You may also like", a theme's
// "Other posts in Education" (the category may be lost in the copy: "other posts in"), "Recent posts".
const RELATED = /^(?:related posts|related articles|you may also like|recent posts|read next|(?:other|more) (?:posts|articles|stories)(?: (?:in|from|on|by|about)(?: [^.!?]{1,60})?)?)\s*(?::|\.{3}|…)?$/i;
// The comments' heading, naming the post: "2 thoughts on “What is Personalization?”" (the closing quote
// may be lost in the copy).
const COMMENTS_ON = new RegExp(String.raw`^${NUMBER_WORD} (?:thoughts?|comments?|responses?|replies) (?:on|to) ["“‘']?(?<title>.{1,120}?)["”’']?$`, 'i');

/** Lines of the comment form: where they start, the comments above have ended. */
const COMMENT_FORM: readonly RegExp[] = [
  /^leave a (?:reply|comment)(?: to .{1,60})?(?: cancel reply)?$/i,
  /^(?:post a comment|post comment|add comment|submit comment|cancel reply)$/i,
  /^fill in your details below or click an icon to log in:?$/i,
  /^you are commenting using your [\w.]+ account\.?(?:\s*\(?\s*log out\s*\/\s*change\s*\)?)?$/i,
  /^(?:wordpress\.com logo|twitter picture|facebook photo|google photo|gravatar logo)$/i,
  /^connecting to %s$/i,
  /^your email address will not be published\.?(?: required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^(?:comment|name|email|website)\s*\*$/i,
  /^(?:name|email|e-mail|website|mail)\s*\((?:required|optional|will not be published|address never made public)\)$/i,
  /^save my name, email, and website in this browser for the next time i comment\.?$/i,
  /^notify me of (?:new|follow-up) (?:comments|posts)(?: via e-?mail| by e-?mail)?\.?$/i,
  /^this site uses akismet to reduce spam\. learn how your comment data is processed\.?$/i,
  /^note: only a member of this blog may post a comment\.?$/i,
  /^(?:enter your comment\.{3}|enter comment)$/i,
];

/** Other furniture: sharing and liking, a comment's buttons, the heading over the comments, a post's dateline, cookies, subscribing. */
const FURNITURE: readonly RegExp[] = [
  /^(?:like loading)\s*(?::|\.{3}|…)?$/i,
  RELATED,
  /^(?:email this|blogthis!|share to (?:twitter|facebook|pinterest)|share on (?:twitter|facebook|linkedin|pinterest))$/i,
  /^click to (?:share on \w+|email(?: a link to a friend)?|print)(?: \(opens in new window\))?$/i,
  new RegExp(String.raw`^${NUMBER_WORD} (?:thoughts?|comments?|responses?|replies) (?:on|to) .{1,120}$`, 'i'),
  new RegExp(String.raw`^${NUMBER_WORD} comments?:?$`, 'i'),
  /^(?:newer post|older post|newer post older post home|previous post|next post)$/i,
  /^subscribe to:? post comments \(atom\)$/i,
  /^(?:this (?:web)?site|we) uses? cookies\b.{0,200}\b(?:experience|consent|agree|accept|policy|browsing)\b.{0,80}$/i,
  /^privacy & cookies: this site uses cookies\..{0,200}$/i,
  /^to find out more, including how to control cookies, see here: cookie policy$/i,
  /^(?:accept all|reject all|cookie settings|cookie policy)$/i,
  /^enter your email address to (?:subscribe to|follow) this blog and receive notifications of new posts by email\.?$/i,
  /^(?:follow blog via email|follow via email|join \d[\d,]* other (?:subscribers|followers))$/i,
  /^(?:liked by (?:\d+|one) (?:person|people)|log in to reply|comments are closed\.?|skip to content|search for:)$/i,
  /^(?:blog at wordpress\.com|create a free website or blog at wordpress\.com|powered by (?:wordpress(?:\.com)?|blogger))\.?$/i,
];

// A comment's writer heading it: WordPress's "Maya Lopez says:", Blogger's "Maya Lopez said...", an
// older theme's "Maya Lopez on March 3, 2012 at 4:12 pm said:", numbered as a list of comments is ("1.").
const COMMENT_HEAD = new RegExp(
  String.raw`^(?:\d{1,3}[.)]\s*)?(?<name>[^\s:.,!?][^:!?]{0,58}?)\s+(?:on\s+(?<on>[^:]{4,60}?)\s+)?(?:says|said|wrote)\s*(?::|\.{3}|…)\s*(?<after>.*)$`,
  'iu',
);
// A comment's name: 1–4 capitalised words (a particle between), or a handle in one word ("teachjen").
const NAME_WORDS = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|di|du|del|van|von|le|la)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|di|du|del|van|von|le|la)){0,3}$/u;
const HANDLE = /^[\p{L}\p{N}_.-]{2,30}$/u;
// The one writer a comment form names who is no person.
const ANONYMOUS = /^(?:anonymous|unknown|guest)$/i;

/** Whether a name's words can be someone's: none is a word never a name ("She", "My mom") or a role ("The teacher", "Principal"). */
function namesSomeone(words: readonly string[]): boolean {
  return !words.some((w) => neverName(w.toLowerCase().replace(/[.’']$/, '')) || isRoleOrTitle(w));
}

/** A comment's date: "March 3, 2012 at 4:12 pm", "3 March 2012 at 16:12", or a date alone. */
function isCommentDate(text: string): boolean {
  const m = DATE_AND_TIME.exec(text);
  return DATE_ALONE.test((m?.[1] ?? text).trim());
}

/** Whether a line is a post's dateline ("Posted by Maya Lopez at 7:45 PM", "Posted on March 3, 2019", "Posted in Uncategorized"). */
function isDateline(text: string): boolean {
  const m = POSTED_BY.exec(text);
  if (!m) return false;
  const { on, when } = m.groups as { on?: string; when?: string };
  const timed = (t: string) => TIME_ALONE.test(t.trim()) || isCommentDate(t.trim());
  return (on === undefined || isCommentDate(on)) && (when === undefined || timed(when));
}

/** The writer a comment's heading names ("Maya Lopez says:" → "Maya Lopez"), '' for an anonymous one, or undefined for a line that is none. */
function commentHead(text: string): string | undefined {
  const m = COMMENT_HEAD.exec(text);
  if (!m) return undefined;
  const { name, on, after } = m.groups as { name: string; on?: string; after: string };
  if (on !== undefined && !isCommentDate(on)) return undefined;
  if (after !== '' && !isCommentDate(after)) return undefined;
  const trimmed = name.trim();
  if (ANONYMOUS.test(trimmed)) return '';
  const words = trimmed.split(/\s+/);
  // "She says:", "My mom says:", "The teacher said…": someone the writing is about, not a comment's writer.
  if (!namesSomeone(words)) return undefined;
  if (NAME_WORDS.test(trimmed) || (words.length === 1 && HANDLE.test(trimmed) && /\p{L}/u.test(trimmed))) return trimmed;
  return undefined;
}

/** What a web page saved as text holds besides its writing. */
export interface WebPage {
  /** Indexes of the lines that are the page's furniture: left out, and counted. */
  furniture: Set<number>;
  /** Indexes of the lines heading a comment (`Maya Lopez says:`): no one's words, each a comment's start. */
  heads: Set<number>;
  /** The post's writer, as a dateline names them ("Posted by Maya Lopez at 7:45 PM"): the author, to be redacted wherever a comment names them. */
  authors: string[];
  /** For each line, the writer of the comment it belongs to (the heading's name), '' for an anonymous one; undefined outside the comments. */
  writers: (string | undefined)[];
}

/**
 * A web page's furniture and comments among `lines` (each line's text without markup), or undefined where
 * the lines are no web page: no furniture, and fewer than two comment headings. A single `… says:` line in
 * someone's writing ("Jordan says:" before a quote) is no comment's heading unless the page bears it out.
 */
export function readWebPage(lines: readonly string[]): WebPage | undefined {
  const texts = lines.map((l) => l.trim().replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')'));
  const form = texts.map((t) => t !== '' && COMMENT_FORM.some((r) => r.test(t)));
  const furniture = new Set<number>();
  texts.forEach((t, i) => {
    if (form[i] || (t !== '' && (FURNITURE.some((r) => r.test(t)) || isDateline(t)))) furniture.add(i);
  });
  const headNames = texts.map((t) => (t === '' ? undefined : commentHead(t)));
  // Comments' headings alone show a page only where they are dated, as a site dates each ("Maya Lopez
  // says:" over "March 3, 2012 at 4:12 pm"): a student quoting two classmates ("Maya says:") writes none.
  const nextText = (i: number) => texts.slice(i + 1).find((n) => n !== '') ?? '';
  const dated = headNames.filter((n, i) => n !== undefined && (/\d/.test(texts[i]!.replace(/^\d{1,3}[.)]\s*/, '')) || isCommentDate(nextText(i)))).length;
  if (furniture.size === 0 && dated < 2) return undefined;
  // An author box: "About Maya" (or "About the author: Maya Lopez") over a few lines about the post's
  // writer that begin with the name ("Maya is the director of …"): the heading is the site's, the name the author's.
  const boxAuthors: string[] = [];
  texts.forEach((t, i) => {
    const name = ABOUT.exec(t)?.groups?.name;
    if (name === undefined || !NAME_WORDS.test(name) || !namesSomeone(name.split(/\s+/))) return;
    const next = texts.slice(i + 1).find((n) => n !== '');
    if (next === undefined || !next.startsWith(`${name.split(/\s+/)[0]} `)) return;
    furniture.add(i);
    boxAuthors.push(name);
  });
  texts.forEach((t, i) => {
    if (BUTTONS.test(t) || SHARE_LINKS.test(t)) furniture.add(i);
  });
  // Under the heading over other posts ("Related posts", "other posts in"), their titles and excerpts and
  // the site's invitations, up to the comments: the site's lines, none the post's writer's.
  const related = texts.findIndex((t) => RELATED.test(t) || /^related\s*(?::|\.{3}|…)?$/i.test(t));
  if (related >= 0) {
    for (let i = related + 1; i < texts.length; i++) {
      const t = texts[i]!;
      if (form[i] || headNames[i] !== undefined || COMMENTS_ON.test(t)) break;
      if (t !== '') furniture.add(i);
    }
  }
  // The post's title: its first line, short and no sentence, which the comments' heading may name
  // ("2 thoughts on “What is Personalization?”"). A title that is a question was read as an answer.
  const named = texts.map((t) => COMMENTS_ON.exec(t)?.groups?.title?.trim().toLowerCase()).find((t) => t !== undefined);
  const first = texts.findIndex((t, i) => t !== '' && !furniture.has(i));
  if (first >= 0) {
    const t = texts[first]!;
    const short = t.split(/\s+/).length <= 12 && !/[.,;:]$/.test(t) && (texts[first + 1] ?? '') === '';
    if (named === t.toLowerCase() || (short && /\?$/.test(t))) furniture.add(first);
  }
  const heads = new Set<number>();
  const writers: (string | undefined)[] = [];
  let writer: string | undefined;
  texts.forEach((t, i) => {
    if (t === '') {
      writers.push(writer);
      return;
    }
    const name = headNames[i];
    if (name !== undefined) {
      heads.add(i);
      writer = name;
    } else if (form[i]) {
      writer = undefined;
    } else if (isCommentDate(t)) {
      // A comment's or a post's date: the site's, not the writer's words.
      furniture.add(i);
    }
    writers.push(writer);
  });
  const authors = texts.flatMap((t) => {
    const by = isDateline(t) ? POSTED_BY.exec(t)?.groups?.by?.trim() : undefined;
    return by !== undefined && NAME_WORDS.test(by) && namesSomeone(by.split(/\s+/)) ? [by] : [];
  });
  return { furniture, heads, writers, authors: [...new Set([...boxAuthors, ...authors])] };
}
