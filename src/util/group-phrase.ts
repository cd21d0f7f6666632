// How a sentence names a group of students: "female students", "students in grade 10", "students who
// answered “No” to “Do you have a working computer at home?”". Shared by the findings and the report.
import { attributeInSentence, attributeLabel, type AttributeLabels, labelledAs } from './labels.js';
import { isNoneValue, NOT_STATED } from './no-answer.js';
import { roleNoun } from './participant-nouns.js';
import { own } from './own.js';

const GENDER_ADJECTIVES: Record<string, string> = {
  Female: 'female',
  Male: 'male',
  'Non-binary': 'non-binary',
  'Two-Spirit': 'Two-Spirit',
};

/**
 * How a sentence names the students with one value of an attribute: "female students", "students in
 * grade 10", "students at Walnut Grove Secondary", "students who self-identified as Indigenous",
 * "students in the Alternate program"; `who` names them otherwise ("female teachers", "teachers at …").
 * A Role column's groups are their roles: "teachers", "parents". Lower-case at the start; the caller
 * capitalises. A grid question's row is quoted as `labels` names it ({@link AttributeLabels}): "students
 * who answered “Strongly disagree” to “How much do you agree? — Teachers care about me”".
 */
export function groupPhrase(attribute: string, value: string, who = 'students', labels?: AttributeLabels): string {
  const key = attribute.replace(/^source\./, '');
  // A survey's own closed question ("Do you have a working computer at home?") is an attribute keyed by
  // its wording: its groups are who gave which answer, never "students whose do you have … is No".
  const asked = askedAs(key, labels);
  if (asked !== undefined) return value === NOT_STATED ? `${who} who did not answer “${asked}”` : `${who} who answered “${value}” to “${asked}”`;
  if (value === NOT_STATED) return notStatedPhrase(key, who);
  switch (key) {
    case 'gender':
      return own(GENDER_ADJECTIVES, value) !== undefined ? `${GENDER_ADJECTIVES[value]} ${who}` : `${who} who identified as ${value}`;
    case 'grade':
      return value === 'K' ? `${who} in kindergarten` : `${who} in grade ${value}`;
    case 'age':
      return `${who} aged ${value}`;
    case 'school-level':
      return schoolLevelPhrase(value, who);
    case 'school':
      return `${who} at ${value}`;
    case 'district':
      return /district|^sd\s*\d/i.test(value) ? `${who} from ${value}` : `${who} from the ${value} district`;
    case 'indigenous':
      if (value === 'Yes') return `${who} who self-identified as Indigenous`;
      if (value === 'No') return `${who} who did not self-identify as Indigenous`;
      return `${who} who self-identified as ${value}`;
    case 'program':
      if (isNoneValue(value)) return `${who} in no program`;
      return /program(me)?$/i.test(value) ? `${who} in the ${value}` : `${who} in the ${value} program`;
    case 'focus-group':
      return /group$/i.test(value) ? `${who} in the ${value}` : `${who} in the ${value} focus group`;
    case 'role':
      return roleNoun(value)?.plural ?? `${who} whose role is ${value}`;
    default:
      return `${who} whose ${attributeInSentence(attribute)} is ${value}`;
  }
}

/** "secondary students", "middle school teachers", "students in alternate programs". */
function schoolLevelPhrase(value: string, who: string): string {
  switch (value) {
    case 'Secondary':
      return `secondary ${who}`;
    case 'Middle':
      return `middle school ${who}`;
    case 'Elementary':
      return `elementary ${who}`;
    case 'Alternate':
      return `${who} in alternate programs`;
    default:
      return `${who} in ${value} schools`;
  }
}

/**
 * The group a finding compares with, after {@link groupPhrase} has named the first: "male students", but
 * "those who answered “Yes”" where the first already quoted the question.
 */
export function otherGroupPhrase(attribute: string, value: string, who = 'students', labels?: AttributeLabels): string {
  if (askedAs(attribute.replace(/^source\./, ''), labels) === undefined) return groupPhrase(attribute, value, who, labels);
  return value === NOT_STATED ? 'those who did not answer' : `those who answered “${value}”`;
}

// Words a question opens with.
const ASKS = /^(?:how|what|which|who|whom|whose|where|when|why|do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|if)\b/i;
// A key of this many words or more is a question or a rating statement ("I feel that at least one adult
// at school knows me well"), not the name of an attribute ("home language").
const STATEMENT_WORDS = 5;

/**
 * The wording of the question an attribute key was made from ("Do you have a working computer at
 * home?"), or undefined for an attribute with a name ("gender", "home language", "cohort"). A grid
 * question's row is asked as `labels` names it, its question's own "?" where it has one.
 */
function askedAs(key: string, labels?: AttributeLabels): string | undefined {
  const given = labelledAs(key, labels);
  if (given !== undefined) return given;
  const label = attributeLabel(key);
  if (ASKS.test(label)) return `${label}?`;
  return label.split(' ').length >= STATEMENT_WORDS ? label : undefined;
}

/** The students who left an attribute blank or would not say: "students who did not state a gender". */
function notStatedPhrase(key: string, who: string): string {
  switch (key) {
    case 'gender':
      return `${who} who did not state a gender`;
    case 'indigenous':
      return `${who} who did not say whether they self-identify as Indigenous`;
    default:
      return `${who} whose ${attributeInSentence(key)} was not stated`;
  }
}
