// Column role inference for sheets: header rules (tables of patterns) first, then what the values look
// like, with the config file's `columns:` overriding both. Every role comes with a reason for `inspect`.
import type { Column, ColumnOverride, ColumnRole, ReflectConfig } from '../model.js';
import { isNoAnswer } from '../util/no-answer.js';
import { genderNamed } from '../util/genders.js';
import { capitalisedAlternation, HONORIFICS, NAME_PARTICLES } from '../util/names.js';

// ───────────────────────────── Header rules ─────────────────────────────

/**
 * A header rule. `exact` rules must match the whole normalised header (so "Name" is a name but "Name one
 * thing you would change" is not); keyword rules match anywhere but give way when the answers are
 * plainly free text (a long question that mentions "gender" is still a question).
 */
interface HeaderRule {
  pattern: RegExp;
  role: ColumnRole;
  attribute?: string;
  exact: boolean;
  /** What the rule recognises, for the reason string. */
  label: string;
}

// How a form asks for something: "What is your …", "Please enter your …", "Enter …".
const ASKING = '(?:(?:what is|what s|whats|please (?:enter|write|type|give|provide)|please|enter|type|write|provide|give) )?';

const exact = (role: ColumnRole, label: string, source: string, attribute?: string): HeaderRule => ({
  pattern: new RegExp(`^(?:${source})$`),
  role,
  attribute,
  exact: true,
  label,
});

const keyword = (role: ColumnRole, label: string, source: string, attribute?: string): HeaderRule => ({
  pattern: new RegExp(`(?:^| )(?:${source})(?: |$)`),
  role,
  attribute,
  exact: false,
  label,
});

// Order matters: the first matching rule wins, so specific rules ("school level", "home language") come
// before general ones ("school", "language"), and metadata before demographics.
const HEADER_RULES: HeaderRule[] = [
  // Respondent ids.
  exact('id', 'an id', 'id|identifier|uid|uuid|identifiant|code'),
  exact('id', 'an id', '(?:student|participant|respondent|response|learner|pupil|record|survey) ?(?:id|identifier|number|no|code|num)'),
  exact('id', 'an id', '(?:numéro|code|identifiant) (?:d |de l )?(?:élève|étudiant|participant)'),
  // The id asked for on the form: "What is your student number?", "Please enter your student ID", "Student #".
  exact('id', 'an id', `${ASKING}(?:your )?student ?(?:id|identifier|number|no|num)(?: number| no)?`),
  // Names: linked and redacted, never analysed.
  exact('name', 'a name', '(?:(?:your|my|student|students|student s|participant|participant s|respondent|learner|pupil|recipient|child|child s) )?(?:(?:legal|full|first|last|given|family|middle|preferred|usual|chosen) )*(?:name|names|nickname)'),
  exact('name', 'a name', 'name of (?:the )?(?:student|participant|respondent|learner|pupil|child)'),
  // Asked on the form: "What is your name?", "Please enter your full name", "Your first name please".
  exact('name', 'a name', `${ASKING}(?:your )(?:(?:legal|full|first|last|given|family|preferred) )*name(?: please| here)?`),
  // Surnames as student information systems head them (MyEducation BC's "Legal Surname", PowerSchool's
  // "LastFirst"), and LimeSurvey's run-together "firstname", "lastname".
  exact('name', 'a name', '(?:(?:student|legal|usual|preferred|family) )*(?:surname|forename|given names?)|last first|first last|last first name'),
  exact('name', 'a name', 'first|last|firstname|lastname|fullname|givenname|familyname|nom|prénom|nom de famille|nom complet|nom de l élève|known as|goes by'),
  // "Name - First", "Name - Last": a merged "Name" header with sub-labels under it.
  exact('name', 'a name', '(?:(?:student|participant|learner|pupil) )?names? (?:first|last|given|family|middle|preferred|legal|full|surname)(?: names?)?'),
  // Who wrote a post on a board or a forum (Padlet's "Author"): the student, as "Your name" would be.
  exact('name', 'a name', '(?:post )?author|author name|posted by|submitted by|written by'),
  // Survey metadata and contact details.
  exact('ignore', 'an account name', 'username|user name|user|login|login name|account|account name|screen name|gamertag'),
  keyword('ignore', 'an email address', 'e ?mail(?: address)?|recipient email'),
  exact('ignore', 'a timestamp', 'timestamp|time stamp|marca temporal|horodateur|zeitstempel|carimbo de data hora'),
  exact('ignore', 'a date or time', '(?:start|end|recorded|submit|submitted|submission|completed|completion|created|modified|last modified|updated|last updated|edited|last edited|posted) ?(?:date|time|datetime|date time|at|on)?|date|time|date time|date submitted'),
  // LimeSurvey's timings: "Total time", "Group time: Part 1", "Question time: q3".
  exact('ignore', 'a duration', 'duration|time taken|time spent|(?:total|group|question|interview) time(?: .*)?'),
  exact('ignore', 'survey progress', 'progress|finished|complete|completed|status|response type|response status|last page|last page seen'),
  exact('ignore', 'an IP address', 'ip|ip address'),
  // A student's contact details and date of birth: personal, never a group to report.
  exact('ignore', 'a contact detail', `${ASKING}(?:your |home |parent |guardian |student )?(?:(?:home|street|mailing|postal) )?(?:address|address line \\d|street|postal code|post code|postcode|zip|zip code|phone|phone number|telephone|telephone number|cell|cell phone|cell number|mobile|mobile number|contact number)`),
  exact('ignore', 'a date of birth', `${ASKING}(?:your )?(?:date of birth|birth date|birthdate|birthday|dob)`),
  // A provincial or national student number (BC's PEN, Ontario's OEN): an identifier kept out of the
  // analysis; the school's own student number is the id that links sheets and roster.
  exact('ignore', 'a provincial student number', 'pen|personal education number|oen|ontario education number|upn|unique pupil number|ssid|nsn|national student number'),
  exact('ignore', 'a location', '(?:location )?(?:latitude|longitude)|location'),
  exact('ignore', 'a user agent', 'user agent|browser|operating system|device|screen resolution'),
  exact('ignore', 'a collector', 'collector|collector id|distribution channel|channel|external reference|external data reference'),
  exact('ignore', 'a survey language', 'user language|language|survey language|start language'),
  // A platform's own record of a submission: LimeSurvey's Seed, Typeform's Network ID and "#" token,
  // Jotform's Submission ID and IP. Unique to each response, they group nobody.
  exact('ignore', "a survey platform's record of the submission", 'seed|network id|submission id|submission ip|response token|token|access token|access code'),
  exact('ignore', 'a score', 'score|total score|points|grade points'),
  // Qualtrics' fraud and duplicate checks (Q_RecaptchaScore, Q_RelevantIDDuplicate …, Q_DuplicateRespondent,
  // Q_BallotBoxStuffing): true or false, or a score, for each response; a flagged one is named in a
  // warning (survey-exports.ts), never a group.
  exact('ignore', "a Qualtrics fraud or duplicate check", 'q (?:recaptcha score|relevant id.*|duplicate respondent|ballot box stuffing|fraud score|email security scan)'),
  exact('ignore', 'custom data', 'custom data ?\\d*|custom variable ?\\d*'),
  // A teacher's own columns beside the answers of a form's sheet ("Teacher comments", "Followed up?"): not
  // a student's words to code and quote ("Referred to counsellor - urgent"), nor a group. A bare
  // "Comments" is still the students' (see OPEN_PROMPT_START).
  exact(
    'ignore',
    "a teacher's or staff member's notes",
    '(?:teacher|teachers|teacher s|staff|counsellor|counselor|counsellor s|counselor s|admin|administrator|advisor|adviser|researcher|coder|interviewer|internal) (?:notes?|comments?|remarks?|observations?)|notes? (?:for|by|from) (?:the )?(?:teacher|staff|counsellor|counselor|admin)|follow ?ups?|followed up|follow ?up (?:needed|required|done|completed|date|by|notes?)|action (?:taken|needed|required)|(?:for )?(?:office|teacher|staff|admin) use(?: only)?',
  ),
  keyword('ignore', 'consent', 'consent|consents|assent|agree to participate|agree to take part'),
  // Who the respondent is, in a forum of students, teachers and parents: "Role", "Position", "I am a…".
  // Their quotes are signed by it and the report counts each (analyses/roles.ts).
  exact('attribute', "the respondent's role", `${ASKING}(?:your |my |participant |respondent )?(?:role|position|role in (?:the |our )?school)|i am|i am an?|i m an?|i am an? (?:student|teacher|parent|staff member)(?: or .*)?|respondent type|participant type|role type`, 'role'),
  // Demographics and other groupings, with their canonical keys.
  keyword('attribute', 'school level', 'school level|school type|level of school|panel|ordre d enseignement', 'school-level'),
  keyword('attribute', 'indigenous identity', 'indigenous|aboriginal|first nations|metis|métis|inuit|native american|torres strait|autochtone', 'indigenous'),
  keyword('attribute', 'gender', 'gender|sex|gender identity|genre|sexe', 'gender'),
  keyword('attribute', 'grade', 'grade|grade level|year level|year group|what year|school year|niveau|année scolaire', 'grade'),
  // A student information system's short headers: "Gr.", "Grd", "Gr Level", "Yr".
  exact('attribute', 'grade', 'gr|grd|gr level|grd level|yr|yr level', 'grade'),
  keyword('attribute', 'age', 'age|how old|âge', 'age'),
  keyword('attribute', 'district', 'district|school district|school board|board|school division|division|local authority|conseil scolaire|centre de services scolaire', 'district'),
  keyword('attribute', 'school', 'school|school name|campus|école|ecole|établissement', 'school'),
  keyword('attribute', 'program', 'program|programme|stream|pathway|track|programme d études', 'program'),
  keyword('attribute', 'focus group', 'focus group', 'focus-group'),
  keyword('attribute', 'ethnicity', 'ethnicity|ethnic|race|racial|cultural background', 'ethnicity'),
  keyword('attribute', 'home language', 'home language|first language|language spoken at home|languages spoken at home', 'language'),
  keyword('attribute', 'language learner status', 'ell|esl|eal|english language learner|english learner', 'ell'),
  keyword('attribute', 'disability or IEP', 'disability|disabilities|iep|special education|special needs', 'disability'),
  keyword('attribute', 'class', 'class|homeroom|section|period', 'class'),
];

/**
 * A header reduced for matching: camel case split ("StartDate" → "start date", "IPAddress" → "ip address"),
 * bracketed asides dropped ("Duration (in seconds)" → "duration"), lower-cased, punctuation to spaces.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a long header a keyword must start within: its subject, not a passing mention. */
const KEYWORD_REACH = 6;

// Typeform's first column, a token per response; in a hand-made sheet, the row number.
const NUMBER_SIGN: HeaderRule = { pattern: /^#$/, role: 'ignore', exact: true, label: 'a row number or response token' };

function matchHeader(text: string): HeaderRule | undefined {
  if (text.trim() === '#') return NUMBER_SIGN;
  // "Student #" is a student number.
  const norm = normaliseHeader(text.replace(/#/g, ' number '));
  if (!norm) return undefined;
  return HEADER_RULES.find((rule) => {
    const found = rule.pattern.exec(norm);
    if (!found) return false;
    // "Which school do you attend?" is about a school; "… - I feel heard at school" is not.
    return rule.exact || norm.slice(0, found.index).split(' ').filter(Boolean).length < KEYWORD_REACH;
  });
}

// ───────────────────────────── Content rules ─────────────────────────────

/** Summary of a column's non-blank values. */
interface ValueStats {
  /** Non-blank values. */
  n: number;
  distinct: number;
  distinctRatio: number;
  meanWords: number;
  maxWords: number;
  meanLength: number;
  emailShare: number;
  numberShare: number;
  dateShare: number;
  /** Share of values that are web addresses (an uploaded file's link, a post's attachment). */
  urlShare: number;
  /** Share of values that are points of a rating scale ("Strongly agree", "Very likely", "Sometimes"). */
  scaleShare: number;
  /** Share of values that answer a yes/no question ("Yes", "No", "Not sure") or are points of a rating scale. */
  yesNoShare: number;
  /** Share of values shaped like a person's name: two or three capitalised words ("Maya Lopez"). */
  personNameShare: number;
  /** Share of values that are a title and a name ("Ms Chen", "Mr. Dhillon"): staff, as students name them. */
  titledNameShare: number;
  /** Share of values holding a digit (phone numbers, addresses, codes). */
  digitShare: number;
  /**
   * Values that name a gender ("Girl", "Male", "Non-binary"): how many, and how many genders, besides
   * the choices that let a student say otherwise ("Prefer to self-describe", "Other", "Prefer not to say").
   */
  genders: number;
  distinctGenders: number;
  genderChoices: number;
  /** Share of values shaped like one person's detail: holding a digit, or one capitalised word (a first name). */
  personalShapeShare: number;
  /** Values under a question that give no answer ("n/a", "no", "nothing"), left out of the figures above. */
  noAnswers?: number;
  /** Share of values that list several items ("Counsellor, Tutoring"), split at commas and semicolons. */
  listShare: number;
  /** The items of all values: how many, how many distinct (case-insensitive), and the most words in one. */
  items: number;
  distinctItems: number;
  maxItemWords: number;
  /** Some item is a bare yes or no ("Yes, sometimes"): an answer qualified, not options listed. */
  yesNoItem: boolean;
  /** Share of values ending in a semicolon ("Drama;Robotics;"): Microsoft Forms ends every checkbox answer so. */
  trailingSemicolonShare: number;
  /** Share of values listing several items one to a line (Jotform's checkbox answers). */
  lineListShare: number;
  /**
   * Every item is written as a form's option is: capitalised (or a number), and spelled the same in every
   * answer that has it ("Coding" each time, never "coding"), and none is a person's name; a student's
   * list typed by hand seldom is so.
   */
  itemsVerbatim: boolean;
  /**
   * One order of the items fits every answer ("Art" before "Music" wherever both are), as a form lists
   * the options ticked in its own order; a student's typed list comes in the order they thought of it.
   * Looked at only where there are fewer than SMALL_CLASS answers (true otherwise).
   */
  itemsInOrder: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)%?$/;
// A time may end in its zone as exports write it: "Z", "+02:00", " UTC", " MDT", " GMT-6" (Padlet's
// "2024-04-18 10:02:11 UTC", Google Forms' "2024/04/18 10:02:11 AM MDT").
const DATE_TIME =
  /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2}| (?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?| [A-Z]{2,4}T)?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?|\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)$/;
// A web address: a file uploaded to the form or the board (Google Drive, Padlet's "Attachment"), a link.
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

// The words rating-scale points are made of (Likert agreement, likelihood, frequency, satisfaction, importance).
const SCALE_POINT =
  /^(?:(?:strongly|somewhat|slightly|very|extremely|not at all|not very|fairly|moderately|completely|mostly|neither)\b.*|.*\b(?:agree|disagree|likely|unlikely|satisfied|dissatisfied|important|unimportant)|never|rarely|sometimes|often|always|neutral|(?:not )?applicable|n\/a)\s*\.?$/i;

// The answers to a yes/no question.
const YES_NO_ANSWER = /^(?:yes|no|y|n|maybe|not sure|unsure|kind of|sort of|i don['’]?t know|idk)\s*[.!]?$/i;

// The choices beside the genders that let a student answer otherwise.
const GENDER_CHOICE = /^(?:other|prefer (?:to|not)|i prefer|not listed|another|i (?:use|identify)|self-describe|rather not|decline)\b/;

/** The gender a value names, as normalise.ts reads it ("Girl:" is Female), if it names one. */
function genderOf(value: string): string | undefined {
  return genderNamed(value.trim().replace(/[.:]+$/, ''));
}

// "Maya Lopez", "Jean-Luc O'Neil", "Ana de Souza"; not "Brookswood Secondary", "Fort Langley Campus" or
// "Red Team" (institutions, places and groups).
const PERSON_NAME = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:(?:${NAME_PARTICLES.join('|')})\\s+)?\\p{Lu}[\\p{Ll}'’-]*\\.?){1,2}$`, 'u');
const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const NOT_A_PERSON = /\b(?:secondary|elementary|middle|school|centre|center|academy|college|university|program|district|campus|learning|high|community|valley|creek|park|ridge|grove|heights|island|lake|river|city|town|county|north|south|east|west|team|group|class|house|cohort|club|block|room|wing|hall)\b/i;

const TITLED_NAME = new RegExp(`^(?:${capitalisedAlternation(HONORIFICS)})\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?$`, 'u');

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a value, counted without making them (a survey's answers hold millions). */
function countWords(value: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(value)) n++;
  return n;
}

/** Characters (code points) in a value, as `[...value].length` counts them, without making the array. */
function codePoints(value: string): number {
  let n = value.length;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = value.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) n--;
    }
  }
  return n;
}

function valueStats(values: string[]): ValueStats {
  const nonBlank = values.filter((v) => v !== '');
  const n = nonBlank.length;
  let words = 0;
  let maxWords = 0;
  let length = 0;
  let emails = 0;
  let numbers = 0;
  let dates = 0;
  let urls = 0;
  let scale = 0;
  let yesNo = 0;
  let personNames = 0;
  let titledNames = 0;
  let digits = 0;
  let personalShapes = 0;
  let genders = 0;
  let genderChoices = 0;
  const genderNames = new Set<string>();
  let lists = 0;
  let trailingSemicolons = 0;
  let lineLists = 0;
  let items = 0;
  let maxItemWords = 0;
  const distinctItems = new Set<string>();
  // Each item's spelling, by its lower case: an item spelled two ways, or not capitalised, is typed.
  const spellings = new Map<string, string>();
  let itemsVerbatim = true;
  // Each item's followers in some answer, for a small class's lists only (see itemsInOrder).
  const followers = n < SMALL_CLASS ? new Map<string, Set<string>>() : undefined;
  for (const v of nonBlank) {
    const w = countWords(v);
    words += w;
    maxWords = Math.max(maxWords, w);
    length += codePoints(v);
    if (EMAIL.test(v)) emails++;
    if (NUMBER.test(v)) numbers++;
    if (DATE_TIME.test(v)) dates++;
    if (WEB_ADDRESS.test(v)) urls++;
    const scalePoint = SCALE_POINT.test(v);
    if (scalePoint) scale++;
    if (scalePoint || YES_NO_ANSWER.test(v)) yesNo++;
    if (PERSON_NAME.test(v) && !NOT_A_PERSON.test(v)) personNames++;
    if (TITLED_NAME.test(v)) titledNames++;
    const digit = /\d/.test(v);
    if (digit) digits++;
    if (digit || ONE_CAPITALISED_WORD.test(v)) personalShapes++;
    const gender = genderOf(v);
    if (gender) {
      genders++;
      genderNames.add(gender);
    } else if (GENDER_CHOICE.test(v.toLowerCase())) genderChoices++;
    if (v.endsWith(';')) trailingSemicolons++;
    // Items are looked at only while the column could still be a checkbox question's: a sentence's
    // clauses soon run past an option's length or a list's size, and then nothing more is counted.
    if (maxItemWords > MAX_OPTION_WORDS || distinctItems.size > MAX_CATEGORIES) continue;
    const parts = v.split(ITEM_SEPARATOR).filter((p) => p !== '');
    if (parts.length > 1) lists++;
    if (followers) for (let k = 1; k < parts.length; k++) follows(followers, parts[k - 1]!.toLowerCase(), parts[k]!.toLowerCase());
    if (parts.length > 1 && v.includes('\n')) lineLists++;
    items += parts.length;
    for (const part of parts) {
      const lower = part.toLowerCase();
      distinctItems.add(lower);
      if (itemsVerbatim) {
        const seen = spellings.get(lower);
        if (seen === undefined) spellings.set(lower, part);
        // A person's name is no option to print in every table ("Ms Chen, Mr Osei" of "Who helped you?").
        const person = TITLED_NAME.test(part) || (PERSON_NAME.test(part) && !NOT_A_PERSON.test(part));
        itemsVerbatim = (seen === undefined || seen === part) && /^[\p{Lu}\p{N}]/u.test(part) && !person;
      }
      maxItemWords = Math.max(maxItemWords, parts.length === 1 ? w : countWords(part));
    }
  }
  const distinct = new Set(nonBlank.map((v) => v.toLowerCase())).size;
  const share = (k: number): number => (n ? k / n : 0);
  return {
    n,
    distinct,
    distinctRatio: share(distinct),
    meanWords: share(words),
    maxWords,
    meanLength: share(length),
    emailShare: share(emails),
    numberShare: share(numbers),
    dateShare: share(dates),
    urlShare: share(urls),
    scaleShare: share(scale),
    yesNoShare: share(yesNo),
    personNameShare: share(personNames),
    titledNameShare: share(titledNames),
    digitShare: share(digits),
    genders,
    distinctGenders: genderNames.size,
    genderChoices,
    personalShapeShare: share(personalShapes),
    listShare: share(lists),
    items,
    distinctItems: distinctItems.size,
    maxItemWords,
    yesNoItem: distinctItems.has('yes') || distinctItems.has('no'),
    trailingSemicolonShare: share(trailingSemicolons),
    lineListShare: share(lineLists),
    itemsVerbatim: itemsVerbatim && items > 0,
    itemsInOrder: followers === undefined || !hasCycle(followers),
  };
}

function follows(followers: Map<string, Set<string>>, before: string, after: string): void {
  const set = followers.get(before);
  if (set === undefined) followers.set(before, new Set([after]));
  else set.add(after);
}

/** Whether some item comes, through the answers' orders, before itself: no one order fits them all. */
function hasCycle(followers: Map<string, Set<string>>): boolean {
  const state = new Map<string, 1 | 2>();
  const visit = (item: string): boolean => {
    if (state.get(item) === 2) return false;
    if (state.get(item) === 1) return true;
    state.set(item, 1);
    for (const next of followers.get(item) ?? []) if (next !== item && visit(next)) return true;
    state.set(item, 2);
    return false;
  };
  return [...followers.keys()].some(visit);
}

// Checkbox questions are exported as the chosen options joined by commas (Google Forms, Qualtrics),
// semicolons (Microsoft Forms) or line breaks (Jotform).
const ITEM_SEPARATOR = /\s*[,;\n]\s*/;
const CHECK_ALL = /\b(?:check|select|choose|tick|mark|pick) all\b|\ball that apply\b/i;
/** Most words in one option of a checkbox question. */
const MAX_OPTION_WORDS = 5;

// A header asking for options to be picked, without "all": "Select your activities", "Choose any that fit".
const SELECT_WORD = /\b(?:select|choose|tick|pick)\b/i;
/** Fewest answers for a checkbox question to show itself by its options alone, written as a form writes them. */
const FEW_ANSWERS = 4;
/** Answers fewer than this are a small class's, whose checkbox question must show itself by how its options are written. */
const SMALL_CLASS = 10;

/**
 * Whether a column holds the answers to a checkbox question, and why: short options from a short list,
 * several in some answers, each option chosen again and again, or the header says "check all that apply".
 * Free text with commas has clauses that hardly ever repeat. Undefined where it does not.
 */
function multiSelectWhy(label: string, s: ValueStats): string | undefined {
  if (s.n === 0 || s.maxItemWords > MAX_OPTION_WORDS || s.distinctItems > MAX_CATEGORIES || s.yesNoItem) return undefined;
  if (CHECK_ALL.test(label) || isMultiSelect(s)) return '';
  // A small class's Google Forms checkbox answers ("Art, Music, Coding"): too few to show each option
  // coming back ten times, but written as a form writes options, capitalised and spelled alike every
  // time, several to half the answers or more, and either asked for with "Select" or "Choose", or each
  // option chosen twice on average. A list typed by hand ("more time, flex blocks") is seldom so.
  // A form lists the options ticked in its own order, so one order fits every answer; lists typed by hand
  // ("Math, Science", "Science, Math"), however capitalised, are a student's words.
  if (s.n < SMALL_CLASS && s.itemsVerbatim && s.itemsInOrder && s.listShare >= 0.5) {
    const word = label.match(SELECT_WORD)?.[0];
    // "Choose three words for the forum" is answered with words that seldom come back.
    if (word && s.distinctItems * 1.5 <= s.items) return `; the header says "${word}" and each option is written the same way every time`;
    if (s.n >= FEW_ANSWERS && s.distinctItems * 2 <= s.items) return '; few answers, but each option is written the same way every time and chosen twice or more on average';
  }
  return undefined;
}

function isMultiSelect(s: ValueStats): boolean {
  // Microsoft Forms writes a checkbox answer as its options each followed by ";", one option or several
  // ("Robotics;", "Drama;Robotics;"), so even a small class's answers show what the question was.
  if (s.trailingSemicolonShare >= 0.8) return true;
  // Jotform puts each chosen option on its own line: short items on separate lines are options listed.
  if (s.lineListShare >= 0.2) return true;
  // Without the header's word for it, the options must show themselves: ten answers or more, each option
  // chosen three times on average (a pilot's few phrases may repeat once by chance).
  return s.n >= 10 && s.listShare >= 0.2 && s.distinctItems * 3 <= s.items;
}

/** One piece of evidence that a column holds free text; a column scoring TEXT_THRESHOLD or more is text. */
interface TextSignal {
  weight: number;
  test: (s: ValueStats) => boolean;
}

const TEXT_SIGNALS: TextSignal[] = [
  { weight: 2, test: (s) => s.meanWords >= 5 }, // answers of a sentence or more
  { weight: 1, test: (s) => s.meanWords >= 3 }, // phrases, not labels
  { weight: 1, test: (s) => s.meanLength >= 30 },
  { weight: 1, test: (s) => s.maxWords >= 8 }, // at least someone wrote a sentence
  { weight: 1, test: (s) => s.n >= 4 && s.distinctRatio >= 0.8 && s.meanWords >= 1.5 }, // nearly every answer differs
];
const TEXT_THRESHOLD = 2;

/** Share of a column's values shaped like a person's detail for "every value different" to mean one each. */
const ALL_DIFFERENT_SHARE = 0.8;

/** Most distinct values a categorical attribute may have. */
const MAX_CATEGORIES = 25;

function textScore(s: ValueStats): number {
  return TEXT_SIGNALS.reduce((sum, signal) => sum + (signal.test(s) ? signal.weight : 0), 0);
}

// Prompts that ask for an answer in the student's own words, never a choice from a list: "Why?", "Please
// explain", "Comments", "Anything else you want to tell us?", "What would make school better?". Matched at
// the start of the normalised header (after a question number, "Q7 - Why?"), or, for the few that close a
// question ("Do you feel heard? Why or why not?"), anywhere. "Describe your …" and "Tell us your …" are
// left out: they are how a form may ask for a gender or a program. "Notes" and a bare "Other" are left out
// too: in a roster they are a teacher's notes, not a student's answer.
const OPEN_PROMPT_START = new RegExp(
  '^(?:q?\\d+[a-z]?\\s+)?(' +
    [
      'why', 'how come', '(?:please )?(?:explain|elaborate)',
      '(?:any |other |additional |further |final |general )*(?:comments?|feedback|suggestions?|thoughts|remarks)',
      'anything else', 'is there anything', 'in (?:your own words|what ways?)',
      'what (?:would|could|should|can|else|helps|helped|makes|made|are some|are two|are three|one thing)',
      'what(?: is| s|s) (?:one|something)', 'how (?:do|did) you feel',
      // what works and what does not ("What's working at your school?", "What gets in the way?")
      '(?:what|who)(?: is| s|s| are)? (?:currently )?(?:working|not working|happening|going (?:well|badly|on)|helping|missing|hard|difficult|stopping|holding|getting in the way)',
      '(?:what|who) (?:works|worked|gets|got|stops|stopped|holds|held|keeps|kept) (?:you|it|in|for|the|learning|school)',
      'who (?:helps|helped|makes|made|supports|supported)',
      'what are (?:the|some|your) (?:barriers|challenges|obstacles|problems|strengths|benefits|best|biggest|hardest)',
      'what (?:do|did) you (?:think|wish|want|like|love|dislike|hate|need|find|learn|enjoy|notice)',
      'how (?:could|can|would|should|might)', 'name (?:one|two|three|something)',
      'describe (?:how|what|why|a|one|the|any|something)', 'tell us (?:about|more|why|how|what)',
    ].join('|') +
    ')(?: |$)',
);
const OPEN_PROMPT_ANYWHERE = /(?:^| )(anything else|please explain|why or why not|why not|explain why|if (?:yes|no|so|not) (?:why|how|explain))(?: |$)/;
// "How would you rate …" asks for a point on a scale, however it starts.
const RATING_WORDS = /(?:^| )(?:rate|rating|scale)(?: |$)/;

/** The words of a header that ask for an answer in the student's own words ("why"), if it has them. */
function openPrompt(text: string): string | undefined {
  const norm = normaliseHeader(text);
  if (RATING_WORDS.test(norm)) return undefined;
  return (OPEN_PROMPT_START.exec(norm) ?? OPEN_PROMPT_ANYWHERE.exec(norm))?.[1];
}

// A header that names the answer itself, as a hand-made sheet heads its one column of the students' words
// ("Response", "Reflection", "Your answer"). Whole headers only: "Response ID", "Response type" and a
// quiz's "Q1 Answer" are not the students' own words.
const ANSWER_HEADER = /^(?:(?:your|my|the|student|students|student s|written|open) )?(?:answers?|responses?|reflections?|writing)$/;

/** A header worded as a question: ends with "?", runs to several words ("Describe one thing…") or is a prompt ("Comments"). */
function isQuestionLike(text: string): boolean {
  return /[?？]\s*$/.test(text) || countWords(text) >= 5 || openPrompt(text) !== undefined;
}

/**
 * lower-case, hyphenated key from a header: "Favourite subject" → `favourite-subject`. A bracketed row
 * label is kept: Google Forms heads each row of a grid question `Question [Row]`, and without the row
 * the rows would share one key and all but one would be lost.
 */
export function attributeKey(header: string): string {
  return ownKey(normaliseHeader(header.replace(/\[([^\]]*)\]/g, ' $1 ')).replace(/ /g, '-') || 'attribute');
}

/**
 * An attribute key that no plain object holds already: attributes are kept in objects, where a column
 * headed "Constructor" would read as Object.prototype.constructor, a value every student then "had"
 * (its rule, its count). Such a key gets a `_`, which its label leaves out ("Constructor").
 */
export function ownKey(key: string): string {
  return key in Object.prototype ? `${key}_` : key;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;
const oneDecimal = (x: number): string => (Math.round(x * 10) / 10).toString();

/** What a rule decided for a column. */
interface Decision {
  role: ColumnRole;
  attribute?: string;
  multiSelect?: true;
  /** The option a box of a checkbox question stands for. */
  option?: string;
  reason: string;
  /** The question a write-in box types in beside ("Which best describes you?"), whose choices are elsewhere. */
  choiceQuestion?: string;
}

function byContent(label: string, keySource: string, s: ValueStats): Decision {
  const questionLike = isQuestionLike(label);
  if (s.n === 0) {
    if (questionLike && s.noAnswers) return { role: 'text', reason: `the header is a question, answered only with "no", "n/a" and the like (${s.noAnswers})` };
    return questionLike
      ? { role: 'text', reason: 'no answers yet, but the header is a question' }
      : { role: 'ignore', reason: 'the column is empty' };
  }
  if (s.dateShare >= 0.8) return { role: 'ignore', reason: 'values are dates or times' };
  if (s.urlShare >= 0.8) return { role: 'ignore', reason: 'values are web addresses (links to files or pages), not answers in words' };
  if (s.numberShare >= 0.9) {
    // A rating asked for ("Rate the forum (1-5)") is a scale, however its few answers fall.
    if (s.n >= 4 && s.distinct === s.n && !questionLike && !RATING_WORDS.test(normaliseHeader(label))) {
      return { role: 'ignore', reason: `values are numbers, every one different (${s.n}): an id or a count, which groups no one` };
    }
    return s.distinct > 12
      ? { role: 'ignore', reason: `values are numbers with many distinct values (${s.distinct})` }
      : { role: 'attribute', attribute: attributeKey(keySource), reason: `values are a few numbers (${s.distinct} distinct)` };
  }
  const multiSelect = multiSelectWhy(label, s);
  if (multiSelect !== undefined) {
    return { role: 'attribute', attribute: attributeKey(keySource), multiSelect: true, reason: `options of a checkbox question, several to an answer (${s.distinctItems} options${multiSelect})` };
  }
  // Staff named with a title (an "Advisor" or "Teacher" column of "Ms Chen"): grouping by them would print
  // their names in every table, so the column is not used (the config can make it an attribute). Half is
  // enough: "Which teacher helped you most?" is answered "Ms. Chen", "Chen", "my math teacher" and "nobody".
  if (s.titledNameShare >= TITLED_SHARE) return { role: 'ignore', reason: `values are people's names with a title (${percent(s.titledNameShare)})` };
  // People's names under a header reflect does not know ("Known as", "Student"): as an attribute they would
  // be printed in every table, and as text quoted, so they are names, used to link and redact and never
  // shown. This comes before the look of free text: "Harjot Singh Gill", "Simran Kaur Sandhu" are three
  // words each, all different. A student who sent the form twice, or two who share a name, repeat one;
  // names that come back again and again under a header about someone else ("Which teacher helped you
  // most?") are people the students name, not themselves: not used, and never linked to as a student.
  if (s.n >= 2 && s.personNameShare >= 0.8) {
    if (s.distinctRatio >= 0.8) return { role: 'name', reason: `values look like people's names (${percent(s.personNameShare)})` };
    if (SOMEONE_ELSE.test(normaliseHeader(label))) {
      return { role: 'ignore', reason: `values are the names of people the students name, the same ones again and again (${percent(s.distinctRatio)} distinct)` };
    }
  }
  // Genders under a header that does not say so ("Which best describes you?", "I am a …"): the students'
  // gender, read as the header rules read one ("Girl" is Female), where it was a group of its own.
  // A question about someone else ("Would you rather see a male or female counsellor?") is not theirs.
  if (s.genders >= 3 && s.distinctGenders >= 2 && s.genders >= GENDER_SHARE * (s.n - s.genderChoices) && !SOMEONE_ELSE.test(normaliseHeader(label))) {
    return { role: 'attribute', attribute: 'gender', reason: `${GENDERS_BY_VALUE} (${s.genders} of ${s.n})` };
  }
  if (textScore(s) >= TEXT_THRESHOLD) return { role: 'text', reason: `answers are free text (${describe(s)})` };
  // A question answered in phrases that nearly all differ is asked in words, however few the sheets: a
  // pilot's "What else could schools do?" → "more time", "flex blocks". (Closed questions naming an
  // attribute, "Which school do you go to?", were decided by the header before this.)
  if (questionLike && s.distinctRatio >= 0.8 && s.meanWords >= 2 && s.scaleShare < 0.5) {
    return { role: 'text', reason: `phrases answering a question, nearly all different (${describe(s)})` };
  }
  // Asked "Why?" or "Comments", students answer in words, however short and however often the same ("more
  // time", "idk"): those words are theirs, and read as an attribute they would be printed as a demographic.
  // Only points of a scale or yes and no (a prompt that still asks for a choice) are left to the rules below.
  const prompt = openPrompt(label) ?? openPrompt(keySource);
  if (prompt !== undefined && s.scaleShare < SCALE_SHARE && s.yesNoShare < SCALE_SHARE) {
    return { role: 'text', reason: `the header asks for an answer in words ("${prompt}"), not a choice (${describe(s)})` };
  }
  // Under a header naming the answer, phrases are the students' words however few the sheets: a pilot's
  // three "Reflection"s ("more flex time", "smaller classes") read as groups would make the sheet a roster
  // with no one's words in it. A letter or a word each ("B", "Paris") is left to the rules below.
  if (ANSWER_HEADER.test(normaliseHeader(label)) && s.meanWords >= 1.5 && s.scaleShare < SCALE_SHARE && s.yesNoShare < SCALE_SHARE) {
    return { role: 'text', reason: `the header names the students' answers, given in words (${describe(s)})` };
  }
  // Every value different, from several students, and each shaped like one person's detail (a first name,
  // a number), under a header that asks nothing: a group of one each, which as an attribute would print
  // who is who in every table, so not used. Points of a scale ("Agree", "Often") are groups still, and a
  // question's few answers ("Which city do you live in?") are decided below, as before.
  if (!questionLike && s.n >= 4 && s.distinct === s.n && s.personalShapeShare >= ALL_DIFFERENT_SHARE && s.scaleShare < 0.5 && s.yesNoShare < 0.5) {
    return { role: 'ignore', reason: `every value is different (${s.n}): they group no one, and as groups would show who is who` };
  }
  if (s.distinct <= MAX_CATEGORIES && (s.distinctRatio <= 0.6 || s.n <= 10 || !questionLike)) {
    return { role: 'attribute', attribute: attributeKey(keySource), reason: `few distinct short values (${s.distinct})` };
  }
  if (questionLike) return { role: 'text', reason: `short answers to a question (${describe(s)})` };
  return { role: 'ignore', reason: `many distinct short values (${s.distinct}) under a header that is not a question` };
}

function describe(s: ValueStats): string {
  const mean = oneDecimal(s.meanWords);
  return `mean ${mean} word${mean === '1' ? '' : 's'}, ${percent(s.distinctRatio)} distinct`;
}

// ───────────────────────────── Overrides ─────────────────────────────

/** The config file's `columns:` entry for a header (or question wording), and its key as written. */
function findOverride(
  overrides: ReflectConfig['columns'],
  texts: (string | undefined)[],
): (ColumnOverride & { key: string }) | undefined {
  if (!overrides) return undefined;
  for (const text of texts) {
    if (!text) continue;
    const want = text.trim().toLowerCase();
    const key = Object.keys(overrides).find((k) => k.trim().toLowerCase() === want);
    if (key !== undefined) {
      const value = overrides[key];
      return { ...(typeof value === 'string' ? { role: value } : value), key };
    }
  }
  return undefined;
}

// ───────────────────────────── Inference ─────────────────────────────

/** Rows looked at per column: enough to tell text from categories, few enough for a province-wide survey. */
const MAX_SAMPLE = 5000;

/** Up to `max` items spread evenly over the list, first and order kept (deterministic). */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}

/**
 * The role of every column of a sheet.
 *
 * @param headers - header cells as written (trimmed); one column per header.
 * @param rows - data rows' cells (trimmed), used to look at what the values are like (up to 5,000 of
 *   them, spread evenly over the sheet).
 * @param overrides - the config file's `columns:`, matched case-insensitively against the header (then
 *   the question wording); an override wins over every rule, with reason "config file".
 * @param questions - question wording per column where an export carries it apart from the header
 *   (Qualtrics row 2); header rules also try it, and it is kept on the column.
 * @param options - per column, the checkbox question and the one option its box stands for, where an
 *   export spreads a question's options over several columns (SurveyMonkey).
 */
export function inferColumns(
  headers: string[],
  rows: string[][],
  overrides?: ReflectConfig['columns'],
  questions?: (string | undefined)[],
  options?: ({ question: string; option: string } | undefined)[],
): Column[] {
  const sample = spread(rows, MAX_SAMPLE);
  const decisions: Decision[] = [];
  const columns = headers.map((rawHeader, index): Column => {
    const header = rawHeader.trim();
    const question = questions?.[index]?.trim() || undefined;
    // Under a question, "n/a", "no" and "nothing" say nothing of what kind of answers the column holds:
    // an "Anything else?" its students left empty is still asked in words, not an attribute.
    const open = isQuestionLike(question ?? header);
    let noAnswers = 0;
    const values = sample.map((r) => {
      const value = (r[index] ?? '').trim();
      if (!open || value === '' || !isNoAnswer(value)) return value;
      noAnswers++;
      return '';
    });
    const stats = { ...valueStats(values), noAnswers };
    const option = options?.[index];
    // A box is ticked with its option's text or left blank; a question's only box, with some ticked (an
    // empty column under a question is still the question's).
    const ticked = option ? values.filter((v) => v !== '') : [];
    const alone = option !== undefined && !options!.some((o, j) => j !== index && o?.question === option.question);
    const box = option && ticked.every((v) => v.toLowerCase() === option.option.toLowerCase()) && (ticked.length > 0 || !alone) ? option : undefined;
    const decided = decide(header, question, stats, overrides, box);
    decisions.push(decided);
    const wording = decided.question ?? question;
    return {
      index,
      header,
      ...(wording ? { question: wording } : {}),
      // two unheaded columns of attributes would both be `attribute`, every student's two values in conflict
      ...(decided.attribute ? { attribute: decided.attribute === 'attribute' && header === '' && !wording ? `column-${index + 1}` : decided.attribute } : {}),
      ...(decided.multiSelect ? { multiSelect: decided.multiSelect } : {}),
      ...(decided.option !== undefined ? { option: decided.option } : {}),
      role: decided.role,
      reason: decided.reason,
      ...(decided.configKey !== undefined ? { configKey: decided.configKey } : {}),
      ...(stats.emailShare >= EMAIL_SHARE ? { emails: true as const } : {}),
    };
  });
  // Genders beside a column that asks for the gender by name ("Gender", then "Which would you rather work
  // with?" answered "Girl", "Boy") are about something else: a group of their own, not a second gender.
  const byValues = (c: Column): boolean => c.attribute === 'gender' && c.reason.startsWith(GENDERS_BY_VALUE);
  const named = columns.find((c) => c.attribute === 'gender' && !byValues(c));
  const owned = columns.map((c) =>
    named && byValues(c) ? { ...c, attribute: attributeKey(keySourceOf(c.header, c.question)), reason: `${c.reason}, but column ${named.index + 1} asks for the gender` } : c,
  );
  return owned.map((c, i) => writeInOfGender(c, decisions[i]!.choiceQuestion, owned));
}

/**
 * A write-in box beside a question its values showed to ask for a gender ("Which best describes you? -
 * Prefer to self-describe"): what students typed there is their gender in their own words, an attribute
 * of its own (`gender-other`), as beside a question that says "gender", never an answer to code and quote.
 */
function writeInOfGender(column: Column, choiceQuestion: string | undefined, columns: Column[]): Column {
  if (choiceQuestion === undefined || column.role !== 'text') return column;
  const want = normaliseHeader(withoutSelectedChoice(choiceQuestion));
  const choice = columns.find(
    (c) => c !== column && c.attribute === 'gender' && [c.question, c.header].some((t) => t !== undefined && normaliseHeader(withoutSelectedChoice(t)) === want),
  );
  if (!choice) return column;
  return { ...column, role: 'attribute', attribute: 'gender-other', reason: `answers typed in beside a choice of a question whose answers are genders (column ${choice.index + 1})` };
}

// ───────────────────────────── Write-ins ─────────────────────────────

// The box beside a choice where students type their own answer: SurveyMonkey's "Question - Other (please
// specify)", Qualtrics' Q2_5_TEXT ("Question - Other - Text"), LimeSurvey's "Question [Other]". Group 1
// is the question the choice belongs to. (A bare "Other" header is left alone: in a roster it is notes.)
const WRITE_IN: RegExp[] = [/^(.*?)\s*-?\s*\bother\b[^-]*\((?:please )?specify\)$/i, /^(.+) - .+ - Text$/, /^(.*?)\s*\[other\]$/i];

/**
 * The role of a write-in column. What students typed there is their answer, so it is text, never options
 * of a checkbox question; under a demographic question ("What is your gender? - Prefer to self-describe"),
 * an attribute of its own (`gender-other`), never the choice's key, where it would be lost behind
 * "Prefer to self-describe".
 */
function writeInOf(header: string, question: string | undefined): Decision | undefined {
  for (const text of [question, header]) {
    if (!text) continue;
    const found = WRITE_IN.map((pattern) => pattern.exec(text.trim())).find(Boolean);
    if (!found) continue;
    const rule = found[1] ? matchHeader(found[1]) : undefined;
    if (rule?.role === 'attribute' && rule.attribute) {
      return { role: 'attribute', attribute: `${rule.attribute}-other`, reason: `answers typed in beside a choice of a question naming ${rule.label}` };
    }
    return { role: 'text', reason: "answers typed in beside a choice ('Other, please specify')", ...(found[1] ? { choiceQuestion: found[1] } : {}) };
  }
  return undefined;
}

const GENDERS_BY_VALUE = 'values are genders';

/** Share of a column's values, the choices to say otherwise aside, that must be genders for it to be the students' gender. */
const GENDER_SHARE = 0.9;

/** Share of a column's values that must be points of a rating scale for it to be a rating question. */
const SCALE_SHARE = 0.8;

// A header asking about someone other than the student who answers.
const SOMEONE_ELSE = /(?:^| )(?:who|whom|teacher|teachers|staff|adult|adults|mentor|advisor|adviser|counsellor|counselor|coach|principal|friend|friends|role model|person|helper)(?: |$)/;

/** Share of a column's values that must be staff named with a title for it to be left unused. */
const TITLED_SHARE = 0.5;

/** Share of a column's values that must be email addresses for it to be an email column. */
const EMAIL_SHARE = 0.5;

// Attributes a yes/no question asks for as they are ("Do you self-identify as Indigenous?", "Are you an
// English language learner?", "Do you have an IEP?"), and attributes whose values may be numbers (a grade,
// an age, a district's number, a class period).
const ASKED_YES_OR_NO = new Set(['indigenous', 'ell', 'disability']);
const NUMBERED = new Set(['grade', 'age', 'district', 'class']);
// Attributes of where a student learns, not of the student: what an open prompt may be about.
const PLACES = new Set(['school', 'school-level', 'district', 'program', 'class', 'focus-group']);

/** Whether a question that names an attribute (a school, a program …) answers with something else: yes or no, or a rating. */
// Words before a place named as where something happens, not asked for: "What works at school?", "What
// is hard about school?", "What helps you in class?"; a determiner may come between.
const PREPOSITION_BEFORE = /(?:^| )(?:at|in|about|around|during|after|before|outside|inside|throughout|for|with)(?: (?:the|your|my|our|this|a|an|their))? ?$/;

/**
 * Whether a question (ending in "?") names its place after a preposition: the place is its setting, and
 * what it asks is decided by its answers. "Which school do you attend?" and "What is your school?" still
 * name a school.
 */
function placeInPassing(rule: HeaderRule, text: string): boolean {
  if (!/[?？]\s*$/.test(text)) return false;
  const norm = normaliseHeader(text);
  const found = rule.pattern.exec(norm);
  return found !== null && PREPOSITION_BEFORE.test(norm.slice(0, found.index));
}

/**
 * Whether a question's wording names a place or group it is not asking for: "What would make school
 * better?" asks for ideas, "What do you do after school?" for what the students do, not which school. (A
 * person's own attribute is still asked for so: "How would you describe your gender identity?")
 */
function placeNamedInPassing(rule: HeaderRule, text: string): boolean {
  return !rule.exact && rule.role === 'attribute' && PLACES.has(rule.attribute ?? '') && (openPrompt(text) !== undefined || placeInPassing(rule, text));
}

function mentionsInPassing(attribute: string | undefined, text: string, s: ValueStats): boolean {
  if (!attribute || s.n === 0) return false;
  if (!ASKED_YES_OR_NO.has(attribute) && s.yesNoShare >= SCALE_SHARE) return true;
  return !NUMBERED.has(attribute) && isQuestionLike(text) && s.numberShare >= 0.9;
}

/** A Qualtrics question's wording without the " - Selected Choice" it adds where a choice has a box to type in. */
function withoutSelectedChoice(question: string): string {
  return question.replace(/\s+-\s+Selected Choice$/i, '');
}

// A question's code as Qualtrics heads its column ("Q3", "Q4_2", "QID7"), its wording in the row below.
const QUESTION_CODE = /^Q(?:ID)?\d+(?:_\d+)*$/i;

/**
 * What an attribute's key is made from: its header, or, where the header is Qualtrics' code for the
 * question, the wording, without the " - Selected Choice" Qualtrics adds where a choice has a box to
 * type in. Keyed by the code, the group would be printed "Q3" in every table.
 */
function keySourceOf(header: string, question: string | undefined): string {
  if (question && QUESTION_CODE.test(header)) return withoutSelectedChoice(question);
  return header || question || '';
}

function decide(
  header: string,
  question: string | undefined,
  stats: ValueStats,
  overrides: ReflectConfig['columns'],
  box?: { question: string; option: string },
): Decision & { question?: string; configKey?: string } {
  const override = findOverride(overrides, [header, question]);
  if (override) {
    const rule = matchHeader(header) ?? (question ? matchHeader(question) : undefined);
    const attribute =
      override.role === 'attribute' ? (override.attribute !== undefined ? ownKey(override.attribute) : (rule?.attribute ?? attributeKey(header || question || ''))) : undefined;
    return { role: override.role, attribute, question: override.question, reason: 'config file', configKey: override.key };
  }

  // Privacy first: a column of email addresses is never text, whatever its header says.
  if (stats.emailShare >= EMAIL_SHARE) return { role: 'ignore', reason: `values are email addresses (${percent(stats.emailShare)})` };

  const writeIn = writeInOf(header, question);
  if (writeIn) return writeIn;

  // One box of a checkbox question whose options are spread over columns, ticked with the option's own
  // text: the question's options, one attribute for all its boxes, never a student's words ("Using
  // technology" would be coded as a theme of every student who ticked it).
  // A question that names a school in passing ("What do you do after school?", "Which clubs at school are
  // you part of?") is its own attribute, as under the header rules below: as `school` its options would be
  // printed as the students' schools.
  if (box) {
    const rule = matchHeader(box.question);
    const passing = rule && placeNamedInPassing(rule, box.question) ? rule.label : undefined;
    const attribute = !passing && rule?.role === 'attribute' && rule.attribute ? rule.attribute : attributeKey(box.question);
    const reason = `a box of the checkbox question "${box.question}", answered with its option "${box.option}" or left blank`;
    return { role: 'attribute', attribute, multiSelect: true, option: box.option, reason: passing ? `${reason}; ${passing} is mentioned in passing` : reason };
  }

  let passing: string | undefined;
  for (const [where, text] of [['header', header], ['question', question]] as const) {
    if (!text) continue;
    const rule = matchHeader(text);
    if (!rule) continue;
    if (!rule.exact && textScore(stats) > TEXT_THRESHOLD && stats.meanWords >= 3) {
      // "How has your school supported you?" mentions a school but asks for free text.
      return { role: 'text', reason: `${where} mentions ${rule.label}, but answers are free text (${describe(stats)})` };
    }
    // Contact details hold numbers (a phone, a street address, a postal code); a "Cell phone" or
    // "Address" column answered in words is a question about them.
    if (rule.label === 'a contact detail' && stats.n > 0 && stats.digitShare < 0.5) continue;
    // A rating statement ("I feel heard at school", answered "Agree") mentions a school but is not one:
    // its answers are points of a scale, and it is decided by what they are like, under its own key.
    if (!rule.exact && stats.scaleShare >= SCALE_SHARE) continue;
    // So is a yes/no question or a rating that names one in passing ("Do you feel safe at school?" answered
    // Yes, No, Sometimes; "Rate your school's flex block (1-5)"): its answers are no school's name, and read
    // as schools they would have the report say students came "from three schools".
    if (!rule.exact && rule.role === 'attribute' && mentionsInPassing(rule.attribute, text, stats)) continue;
    // "What would make school better?" asks for ideas, not which school: a place or a group named in an
    // open prompt is its subject matter.
    if (placeNamedInPassing(rule, text)) {
      passing ??= rule.label;
      continue;
    }
    return { role: rule.role, attribute: rule.attribute, reason: `${where} names ${rule.label}` };
  }

  const label = question ?? header;
  const decided = byContent(label, keySourceOf(header, question), stats);
  return passing && decided.role === 'text' ? { ...decided, reason: `${decided.reason}; ${passing} is mentioned in passing` } : decided;
}
