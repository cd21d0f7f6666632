// How a sentence names a group of students: "female students", "students in grade 10", "students who
// answered “No” to “Do you have a working computer at home?”". Shared by the findings and the report.
import { attributeInSentence, attributeLabel } from './labels.js';
import { isNoneValue, NOT_STATED } from './no-answer.js';

const GENDER_NOUNS: Record<string, string> = {
  Female: 'female students',
  Male: 'male students',
  'Non-binary': 'non-binary students',
  'Two-Spirit': 'Two-Spirit students',
};

const SCHOOL_LEVEL_NOUNS: Record<string, string> = {
  Secondary: 'secondary students',
  Middle: 'middle school students',
  Elementary: 'elementary students',
  Alternate: 'students in alternate programs',
};

/**
 * How a sentence names the students with one value of an attribute: "female students", "students in
 * grade 10", "students at Walnut Grove Secondary", "students who self-identified as Indigenous",
 * "students in the Alternate program". Lower-case at the start; the caller capitalises.
 */
export function groupPhrase(attribute: string, value: string): string {
  const key = attribute.replace(/^source\./, '');
  // A survey's own closed question ("Do you have a working computer at home?") is an attribute keyed by
  // its wording: its groups are who gave which answer, never "students whose do you have … is No".
  const asked = askedAs(key);
  if (asked !== undefined) return value === NOT_STATED ? `students who did not answer “${asked}”` : `students who answered “${value}” to “${asked}”`;
  if (value === NOT_STATED) return notStatedPhrase(key);
  switch (key) {
    case 'gender':
      return GENDER_NOUNS[value] ?? `students who identified as ${value}`;
    case 'grade':
      return value === 'K' ? 'students in kindergarten' : `students in grade ${value}`;
    case 'age':
      return `students aged ${value}`;
    case 'school-level':
      return SCHOOL_LEVEL_NOUNS[value] ?? `students in ${value} schools`;
    case 'school':
      return `students at ${value}`;
    case 'district':
      return /district|^sd\s*\d/i.test(value) ? `students from ${value}` : `students from the ${value} district`;
    case 'indigenous':
      if (value === 'Yes') return 'students who self-identified as Indigenous';
      if (value === 'No') return 'students who did not self-identify as Indigenous';
      return `students who self-identified as ${value}`;
    case 'program':
      if (isNoneValue(value)) return 'students in no program';
      return /program(me)?$/i.test(value) ? `students in the ${value}` : `students in the ${value} program`;
    case 'focus-group':
      return /group$/i.test(value) ? `students in the ${value}` : `students in the ${value} focus group`;
    default:
      return `students whose ${attributeInSentence(attribute)} is ${value}`;
  }
}

/**
 * The group a finding compares with, after {@link groupPhrase} has named the first: "male students", but
 * "those who answered “Yes”" where the first already quoted the question.
 */
export function otherGroupPhrase(attribute: string, value: string): string {
  if (askedAs(attribute.replace(/^source\./, '')) === undefined) return groupPhrase(attribute, value);
  return value === NOT_STATED ? 'those who did not answer' : `those who answered “${value}”`;
}

// Words a question opens with.
const ASKS = /^(?:how|what|which|who|whom|whose|where|when|why|do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|if)\b/i;
// A key of this many words or more is a question or a rating statement ("I feel that at least one adult
// at school knows me well"), not the name of an attribute ("home language").
const STATEMENT_WORDS = 5;

/**
 * The wording of the question an attribute key was made from ("Do you have a working computer at
 * home?"), or undefined for an attribute with a name ("gender", "home language", "cohort").
 */
function askedAs(key: string): string | undefined {
  const label = attributeLabel(key);
  if (ASKS.test(label)) return `${label}?`;
  return label.split(' ').length >= STATEMENT_WORDS ? label : undefined;
}

/** The students who left an attribute blank or would not say: "students who did not state a gender". */
function notStatedPhrase(key: string): string {
  switch (key) {
    case 'gender':
      return 'students who did not state a gender';
    case 'indigenous':
      return 'students who did not say whether they self-identify as Indigenous';
    default:
      return `students whose ${attributeInSentence(key)} was not stated`;
  }
}
