// The grade a file's title or name gives its students: "Reflection sheets — Grade 9, Westview",
// `GMT20240314-Grade11-forum.vtt`, "9th grade focus group". One grade only: a range ("Grades 9–12",
// "grade 9-10 forum") or two grades ("Grade 9 and Grade 10") give none, since the file's students are
// then of either. Pure.

// "Grade 9", "Gr. 11", "grade-11", "Grade11", "gr9", "Grade K"; not "grades" nor "upgrade 9".
const GRADE_WORD = /(?<![\p{L}])(?:grade|gr\.?)[ \t._-]*(\d{1,2}|k)(?![\p{L}\d])/giu;
// "9th grade", "11th-grade".
const ORDINAL = /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)[ \t._-]*grade(?![\p{L}])/giu;
// What a range's first grade is followed by: "9-10", "9 to 12", "9/10", "9 & 10", "9, 10".
const RANGE_AFTER = /^[ \t]*(?:[-–—/&,+]|to|and|or)[ \t]*(?:grade[ \t]*|gr\.?[ \t]*)?\d/i;

/**
 * The one grade that `text` (a title, a file's name) gives, upper case ("9", "11", "K"), or undefined
 * where it gives none, a range or several.
 */
export function namedGrade(text: string): string | undefined {
  const grades = new Set<string>();
  for (const pattern of [GRADE_WORD, ORDINAL]) {
    for (const m of text.matchAll(pattern)) {
      if (RANGE_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
      const grade = m[1]!.toUpperCase().replace(/^0+(?=\d)/, '');
      if (grade !== 'K' && (Number(grade) < 1 || Number(grade) > 12)) return undefined;
      grades.add(grade);
    }
  }
  return grades.size === 1 ? [...grades][0] : undefined;
}
