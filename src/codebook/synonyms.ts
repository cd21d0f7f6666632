// The curated synonym list behind semantic expansion (`--no-expand` switches it off). Each entry maps a
// word or phrase a codebook may use (matched by lemma, so `timetables` finds `timetable`) to close words
// students use for the same thing. It applies to any codebook, not only the default one. Entries are
// general vocabulary (derived forms lemmas cannot reach, like `stressful` from `stress`, belong here
// too); any entry that only added false positives on the tuning set was removed.

export const SYNONYMS: Record<string, readonly string[]> = {
  // mental-health
  anxiety: ['nervous', 'panic', 'freeze up', 'freak out', 'scared to', 'afraid to', 'on edge'],
  stress: ['stressful', 'stressed out', 'overwhelm', 'burnout', 'burned out', 'burnt out', 'pressure'],
  'mental health': ['wellness', 'wellbeing', 'well-being', 'mental-health day'],
  depression: ['depressed', 'hopeless', 'lonely'],
  worry: ['worried', 'anxious'],
  // funding
  money: ['budget', 'afford', 'expensive', 'cost', 'fee', 'cheap', 'pay for'],
  funding: ['fund', 'underfunded', 'cut', 'cutback', 'fundraise', 'fundraising'],
  // timetables
  timetable: ['schedule', 'bell schedule', 'time table', 'bell', 'block', 'semester'],
  'flex block': ['flex', 'flex time', 'flex period', 'free block', 'spare'],
  // choice
  choice: ['choose', 'pick', 'option', 'optional'],
  elective: ['exploratory', 'academy', 'program of choice'],
  // relationships
  relationship: ['connection with teacher', 'check in', 'one on one', 'get to know', 'know my name', 'knows me'],
  mentor: ['advisor', 'homeroom teacher'],
  // class-size
  'class size': ['small class', 'large class', 'big class', 'too many students', 'crowded', 'overcrowded'],
  // technology
  computer: ['laptop', 'chromebook', 'device', 'tablet', 'ipad', 'pc'],
  internet: ['wifi', 'wi-fi', 'hotspot', 'online'],
  // pace
  pace: ['own speed', 'speed', 'rush', 'rushed', 'hurry', 'fall behind', 'catch up', 'keep up', 'extension'],
  deadline: ['due date', 'late mark', 'extension', 'hand in'],
  // grades
  grade: ['mark', 'gpa', 'report card', 'percentage', 'graded', 'grading'],
  test: ['exam', 'quiz', 'midterm', 'final'],
  // real-world
  career: ['job', 'employer', 'resume', 'workplace', 'job shadow', 'life skill'],
  'real world': ['real life', 'real-life', 'everyday life', 'ever use this'],
  // student-voice
  'student voice': ['have a say', 'a say in', 'ask us', 'asking us', 'listen to us', 'listen to kids', 'listen to students', 'our ideas', 'our opinion', 'vote'],
  // leadership
  leadership: ['leader', 'student council', 'run a table', 'running a table'],
  // passion-purpose
  passion: ['passionate', 'interest', 'what I want to do', 'what you want to do', 'dream', 'find out what you like', 'genius hour'],
  goal: ['purpose', 'plan for', 'future plan', 'my path', 'own story', 'my story', 'your story'],
  // apprenticeships
  apprenticeship: ['apprentice', 'trade', 'trades sampler', 'youth train', 'red seal', 'electrician', 'carpenter', 'welder', 'welding', 'plumber', 'mechanic', 'dual credit'],
  // support-staff
  'support worker': ['education assistant', 'teaching assistant', 'ea', 'aide', 'youth worker', 'resource teacher', 'learning support', 'tutor', 'tutoring', 'helper'],
  counselor: ['counsellor', 'counselors', 'counsellors'],
  // change
  change: ['old school', 'old-fashioned', 'outdated', 'stuck in', 'always done it', 'the way it was', 'new idea', 'resistant'],
  // equity-diversity
  equity: ['equality', 'fair', 'unfair', 'fairness', 'same situation'],
  diversity: ['diverse', 'culture', 'cultural', 'indigenous', 'aboriginal', 'first nations', 'elder', 'racism', 'pronoun', 'gender', 'lgbtq', 'gsa'],
  // community-belonging
  belonging: ['belong', 'community', 'feel safe', 'fit in', 'welcome', 'each other', 'respect', 'left out'],
  // home-life
  family: ['parent', 'mom', 'dad', 'mother', 'father', 'sibling', 'brother', 'sister', 'at home', 'child care', 'chore', 'babysit', 'divorce'],
  // project-learning
  project: ['hands on', 'hands-on', 'field trip', 'feild trip', 'outdoor ed', 'learning outside', 'shop', 'workshop', 'genius hour', 'learn by doing', 'experiment'],
};
