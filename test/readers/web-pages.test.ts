// Reflections copied from the web: a blog post with its comment thread and the site's furniture (a
// WordPress comment form, "Like this:", Blogger's "Posted by … at …"), and a shared document's questions
// over the points people added. Fixtures are written here, modelled on real pages, paraphrased.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { parseSpeakerLines } from '../../src/readers/speaker-lines.js';
import { readWebPage } from '../../src/readers/web-page.js';
import { writeMarkdownReport } from '../../src/writers/markdown/index.js';
import { reflect, tempDir } from '../cli/helpers.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

// A WordPress post, its two comments and the comment form, as copied from the browser.
const WORDPRESS = `Thinking About Choice

Every year a new word arrives in our staff room. This year it is choice, and I have been thinking about what it means for my grade 7 class.

One of my students told me the flex block is the only time he feels in charge of his day. He plans it on Friday and sticks to it.

Like this:

Like Loading...

Related

2 thoughts on “Thinking About Choice”

  1. Harriet Lindqvist says:
    March 3, 2019 at 4:12 pm

    Lovely post. Giving kids the planning sheet made a real difference in my room too.

    Reply
  2. Tobias Ferreira-Wong says:

    Choice without support is just stress. My students need a check-in before they can plan.
    Thank you for sharing this.

    Reply

Leave a Reply to Harriet Lindqvist Cancel reply

Fill in your details below or click an icon to log in:

WordPress.com Logo

You are commenting using your WordPress.com account. ( Log Out /  Change )

Twitter picture

You are commenting using your Twitter account. ( Log Out /  Change )

Connecting to %s

Notify me of new comments via email.
`;

// A Blogger post: the date over the title, "Posted by … at …", comments as "Name said..." with the date below.
const BLOGGER = `Tuesday, March 12, 2013

Flexible Time in Our School

We tried a flexible block on Wednesdays this term and the students used it far better than we feared.

Posted by Dolores Achebe at 7:45 PM

Share this:
Email This
BlogThis!
Share to Twitter
Share to Facebook

3 comments:

Quentin Marsh said...
We did the same at our middle school. The hardest part was the timetable, not the students.
March 13, 2013 at 8:02 AM

Anonymous said...
Our grade 9s asked for more of it. Thanks Dolores!
March 14, 2013 at 9:15 PM

Quentin Marsh said...
One more thing: tutorials booked by the students themselves worked best.
March 15, 2013 at 6:30 AM

Post a Comment

Newer Post Older Post Home

Subscribe to: Post Comments (Atom)
`;

describe('readWebPage', () => {
  it('finds the furniture and the comments of a WordPress page, and nothing in ordinary writing', () => {
    const page = readWebPage(WORDPRESS.split('\n'))!;
    const texts = WORDPRESS.split('\n');
    expect([...page.heads].map((i) => texts[i]!.trim())).toEqual(['1. Harriet Lindqvist says:', '2. Tobias Ferreira-Wong says:']);
    const furniture = [...page.furniture].sort((a, b) => a - b).map((i) => texts[i]!.trim());
    expect(furniture).toContain('Like this:');
    expect(furniture).toContain('March 3, 2019 at 4:12 pm');
    expect(furniture).toContain('Leave a Reply to Harriet Lindqvist Cancel reply');
    expect(furniture).toContain('You are commenting using your Twitter account. ( Log Out /  Change )');
    expect(furniture.filter((t) => t === 'Reply')).toHaveLength(2);
    expect(furniture.some((t) => /flex block|planning sheet|Choice without/.test(t))).toBe(false);
    expect(readWebPage(['My reflection', '', 'I like the flex block.', '', 'Reading', '', 'Two novels this term.'])).toBeUndefined();
    // A Think-Pair-Share sheet's headings are buttons' words too, but no page's.
    expect(readWebPage(['Think:', 'I was unsure.', '', 'Share:', 'I told my partner.', '', 'Reply', 'She agreed.'])).toBeUndefined();
    const datelines = ['Posted by Mr. Lee at 3:45 PM', 'Posted on March 3, 2019 by admin', 'Posted in Uncategorized', 'Posted by Dana Reyes on 14 March 2024'];
    expect(readWebPage(datelines)!.furniture.size).toBe(datelines.length);
    // A student's sentence that begins so is theirs.
    expect(readWebPage(['Posted by my teacher at the front of the room', 'Posted on the class wall for everyone to see'])).toBeUndefined();
    const footer = ['Liked by 2 people', 'Log in to Reply', 'Comments are closed.', 'Skip to content', 'Blog at WordPress.com.', 'Powered by Blogger'];
    expect(readWebPage(footer)!.furniture.size).toBe(footer.length);
  });

  it('takes a "… says:" line in someone’s writing for no comment, unless the page bears it out', () => {
    // One such line, and no furniture: a student quoting someone.
    expect(readWebPage(['Jordan says:', 'We need more time.', '', 'I agree with him.'])).toBeUndefined();
    // "She says:", "My mom says:", "The teacher said…": who the writing is about, never a comment's writer.
    const page = readWebPage(['Leave a Reply', '', 'She says:', 'Go.', '', 'My mom says:', 'Sleep more.', '', 'The teacher said...', 'Read.'])!;
    expect(page.heads.size).toBe(0);
    // The row of sharing links under "Share this:", copied as their names, is the page's; on no page, a writer's.
    expect([...readWebPage(['Posted in Uncategorized', '', 'Share this:', 'Twitter Facebook Email', '', 'Flex time works.'])!.furniture]).toEqual([0, 2, 3]);
    expect(readWebPage(['My apps', '', 'Twitter Facebook', '', 'I use both every day.'])).toBeUndefined();
    // Two classmates quoted, undated: a student's writing, not two comments.
    expect(readWebPage(['Maya says:', 'Flex block is the best part of the week.', '', 'Jordan says:', 'We need more time.', '', 'I agree with both.'])).toBeUndefined();
    // A sheet's own headings that a site also writes ("Like this:", "Share:") are kept where nothing else shows a page.
    expect(readWebPage(['Think:', 'I was unsure.', '', 'Like this:', 'a drawing of my plan', '', 'Share:', 'I told my partner.'])).toBeUndefined();
  });
});

describe('parseSpeakerLines: a blog post with comments', () => {
  it('reads the post as its writer’s, each comment as its own writer’s, and leaves the furniture out with a warning', () => {
    const parsed = parseSpeakerLines(lines(WORDPRESS), { file: 'post.txt' });
    expect(parsed.written).toBe(true);
    expect(parsed.turns.map((t) => [t.speaker, t.text.slice(0, 40), t.prompt])).toEqual([
      [undefined, 'Every year a new word arrives in our sta', undefined],
      [undefined, 'One of my students told me the flex bloc', undefined],
      ['Harriet Lindqvist', 'Lovely post. Giving kids the planning sh', undefined],
      ['Tobias Ferreira-Wong', 'Choice without support is just stress. M', undefined],
    ]);
    expect(parsed.warnings).toEqual([
      {
        file: 'post.txt',
        line: 1,
        message:
          "16 lines of a web page's furniture (a comment form, sharing and like buttons, a post's title, a post's or a comment's date or byline, other posts' titles) left out, at lines 1, 7, 9, 11, 13 …: the site's words, not anyone's writing",
      },
    ]);
    // The warning names no one, though "Leave a Reply to Harriet Lindqvist" is among the lines.
    expect(JSON.stringify(parsed.warnings)).not.toMatch(/Harriet|Lindqvist/);
  });

  it('reads Blogger’s comments ("Name said..." and the date below) and an anonymous one, which names no one', () => {
    const parsed = parseSpeakerLines(lines(BLOGGER), { file: 'blog.txt' });
    expect(parsed.turns.map((t) => [t.speaker, t.text])).toEqual([
      [undefined, 'We tried a flexible block on Wednesdays this term and the students used it far better than we feared.'],
      ['Quentin Marsh', 'We did the same at our middle school. The hardest part was the timetable, not the students.'],
      [undefined, 'Our grade 9s asked for more of it. Thanks Dolores!'],
      ['Quentin Marsh', 'One more thing: tutorials booked by the students themselves worked best.'],
    ]);
    expect(parsed.warnings[0]!.message).toMatch(/^14 lines of a web page's furniture/);
    // "Posted by …" names the post's writer: redacted wherever a comment thanks them.
    expect(parsed.authors).toEqual(['Dolores Achebe']);
  });

  it('leaves ordinary writing as it was: a line that only mentions a button or a date stays the writer’s', () => {
    const text = 'I like this: the flex block lets me choose.\n\nShare this with your class if it helps.\n\nReply to every email, my teacher said.\n';
    const parsed = parseSpeakerLines(lines(text), { file: 'r.txt' });
    expect(parsed.turns.map((t) => t.text)).toEqual(['I like this: the flex block lets me choose.', 'Share this with your class if it helps.', 'Reply to every email, my teacher said.']);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('parseSpeakerLines: a shared document’s questions over the points people added', () => {
  it('reads numbered questions one under the other as the prompt of the bullets below, all of them together', () => {
    const doc = [
      'The conversation is hosted below in a shared document. Add your thoughts.',
      'Questions for the day:',
      '1. What does choice mean to you?',
      '2. What does choice look like in our school?',
      '',
      '  • Choice is for teachers too, not just students.',
      '  • Flex time lets students own their learning.',
      '  • Ask ourselves: do we have a culture of choice?',
    ].join('\n');
    const asked = 'What does choice mean to you? What does choice look like in our school?';
    expect(parseSpeakerLines(lines(doc), { file: 'pd-day.txt' }).turns.map((t) => [t.prompt, t.text])).toEqual([
      [undefined, 'The conversation is hosted below in a shared document. Add your thoughts. Questions for the day:'],
      [asked, 'Choice is for teachers too, not just students.'],
      [asked, 'Flex time lets students own their learning.'],
      [asked, 'Ask ourselves: do we have a culture of choice?'],
    ]);
  });

  it('keeps a student’s numbered questions over one point, or over numbered points, as their words', () => {
    const read = (texts: string[]) => parseSpeakerLines(lines(texts.join('\n')), { file: 'r.txt' }).turns.map((t) => [t.prompt, t.text]);
    expect(read(['1. Why do we have exams?', '2. Who picks the electives?', '', '- I will ask.'])).toEqual([
      [undefined, 'Why do we have exams?'],
      [undefined, 'Who picks the electives?'],
      [undefined, 'I will ask.'],
    ]);
    expect(read(['1. Why do we have exams?', '2. Who picks the electives?', '3. More time', '4. Less homework'])).toEqual([
      [undefined, 'Why do we have exams?'],
      [undefined, 'Who picks the electives?'],
      [undefined, 'More time'],
      [undefined, 'Less homework'],
    ]);
  });
});

describe('a folder holding a blog post with comments', () => {
  it('counts each commenter as a writer of their own, and no commenter’s name reaches a report file', async () => {
    const dir = tempDir('reflect-blog-');
    writeFileSync(path.join(dir, 'choice-post.txt'), WORDPRESS);
    writeFileSync(path.join(dir, 'flex-blog.txt'), BLOGGER);
    const analysis = await analyze({ folder: dir });
    const byFile = (id: string) => analysis.corpus.responses.filter((r) => r.sourceId === id);
    const post = byFile('choice-post.txt');
    expect(post.map((r) => r.text.slice(0, 20))).toEqual(['Every year a new wor', 'One of my students t', 'Lovely post. Giving ', 'Choice without suppo']);
    // Two commenters, each their own participant, apart from the post's writer.
    expect(new Set(post.map((r) => r.participantId)).size).toBe(3);
    expect(analysis.corpus.questions).toEqual([]);
    const out = path.join(dir, 'out');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("lines of a web page's furniture");
    const names = /Harriet|Lindqvist|Tobias|Ferreira|Quentin|Marsh|Dolores|Achebe/;
    for (const file of ['report.md', 'responses.csv', 'sources.csv', 'analysis.json', 'codings.csv']) {
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(names);
    }
    const report = writeMarkdownReport(analysis);
    expect(report).not.toMatch(/\bsays:|Log Out|Like this|Posted by/);
  });
});

describe('splitBylines: a quotation’s attribution to someone unnamed', () => {
  it('leaves out "– A student" under a quote, and keeps a sentence that starts so', async () => {
    const { splitBylines } = await import('../../src/readers/bylines.js');
    const paragraphs = [
      '“Different families, different values, and different goals require different pathways.”',
      '– A student',
      '“Be patient with the results.”',
      '— one Grade 10 student, Riverside',
      '– another student said we need more time to finish projects',
      '– a student in grade 9',
    ].map((text) => ({ text }));
    expect(splitBylines(paragraphs).answers.map((p) => p.text)).toEqual([
      '“Different families, different values, and different goals require different pathways.”',
      '“Be patient with the results.”',
      '– another student said we need more time to finish projects',
    ]);
  });
});

describe('parseSpeakerLines: an author box under a post', () => {
  it('takes "about Maya" over lines about her as the author’s name, to redact, and leaves the heading out', () => {
    const text = [
      'Posted in Uncategorized',
      '',
      'Choice needs support. Too often we look for a tech fix before we know our learners.',
      '',
      'about Renata',
      'Renata is the director of learning at a small school. She taught English abroad before.',
    ].join('\n');
    const parsed = parseSpeakerLines(lines(text), { file: 'post.txt' });
    expect(parsed.authors).toEqual(['Renata']);
    expect(parsed.turns.map((t) => t.text)).toEqual([
      'Choice needs support. Too often we look for a tech fix before we know our learners.',
      'Renata is the director of learning at a small school. She taught English abroad before.',
    ]);
    // "About Me" and a heading the next line does not bear out stay the writer's.
    expect(parseSpeakerLines(lines('About Me\nI like art and my dog.'), { file: 'r.txt' }).authors).toBeUndefined();
    expect(parseSpeakerLines(lines('About Jordan\nHe is my friend.'), { file: 'r.txt' }).authors).toBeUndefined();
    // On a page nothing else shows to be one, "About Vancouver" over "Vancouver is where I moved" is a student's heading.
    expect(parseSpeakerLines(lines('About Vancouver\nVancouver is where I moved in grade 8.'), { file: 'r.txt' }).authors).toBeUndefined();
  });
});

describe('parseSpeakerLines: a paragraph after an indented list, with no blank line above it', () => {
  it('starts a paragraph of its own where a line at the margin follows a point that ended its sentence', () => {
    const text = [
      'What we have to ask ourselves is:',
      '  • Will a system that meets most needs now still meet them in ten years?',
      '  • Are we meeting the needs of learners today?',
      'I think we are not, and the data bears this out year after year.',
      '  • is focused on the student and',
      'wraps onto the next line at the margin.',
    ].join('\n');
    expect(parseSpeakerLines(lines(text), { file: 'post.txt' }).turns.map((t) => t.text)).toEqual([
      'What we have to ask ourselves is:',
      'Will a system that meets most needs now still meet them in ten years?',
      'Are we meeting the needs of learners today?',
      'I think we are not, and the data bears this out year after year.',
      'is focused on the student and wraps onto the next line at the margin.',
    ]);
  });
});

describe('a blog post pasted into Word', () => {
  it('reads its comments and furniture as the same page saved as text', async () => {
    const { linesFromHtml } = await import('../../src/readers/docx.js');
    const html = [
      '<h1>Thinking About Choice</h1>',
      '<p>One of my students told me the flex block is the only time he feels in charge of his day.</p>',
      '<p><strong>Share this:</strong></p>',
      '<p>2 thoughts on “Thinking About Choice”</p>',
      '<ol><li>Harriet Lindqvist says:</li></ol>',
      '<p>March 3, 2019 at 4:12 pm</p>',
      '<p>Giving kids the planning sheet made a real difference in my room too.</p>',
      '<p>Reply</p>',
      '<ol><li>Tobias Ferreira-Wong says:</li></ol>',
      '<p>Choice without support is just stress.</p>',
      '<p>Leave a Reply to Harriet Lindqvist Cancel reply</p>',
    ].join('');
    const doc = linesFromHtml(html, 'post.docx');
    const parsed = parseSpeakerLines(doc.lines, { file: 'post.docx', markdown: true });
    expect(parsed.turns.map((t) => [t.speaker, t.text, t.prompt])).toEqual([
      [undefined, 'One of my students told me the flex block is the only time he feels in charge of his day.', undefined],
      ['Harriet Lindqvist', 'Giving kids the planning sheet made a real difference in my room too.', undefined],
      ['Tobias Ferreira-Wong', 'Choice without support is just stress.', undefined],
    ]);
    // The title, which the comments' heading names, is the page's too.
    expect(parsed.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^6 lines of a web page's furniture .* at lines 1, /)]);
  });
});

// A teacher's blog post whose title is a question, as the comments' heading names it (its closing quote
// lost in the copy), above two comments.
const QUESTION_TITLE = `What is Personalization?

Ask any educator and they will tell you the world of education is swimming with acronyms no one can remember.

Why does a strategy meant to be personal need such a wordy definition? Why isn't it just getting to know your students?

I have a student who now starts each morning by writing down one or two things he wants to get done. School is fun for him now.



2 thoughts on “What is Personalization?

  1. Harriet Lindqvist says:

    Priceless! It is amazing the different ways to arrive at student success.


  2. Tobias Ferreira-Wong says:

    You helped this young man keep his focus on the present.


Leave a Reply to Harriet Lindqvist Cancel reply

Fill in your details below or click an icon to log in:
`;

// A company blog's post: its author box in lower case, and the theme's "other posts in" over another
// post's title, its excerpt and an invitation, nothing else showing it to be a page.
const OTHER_POSTS = `Understanding Personalized Education in Schools

Personalized learning is widely debated among educators, and I want to begin a dialogue about it.

Too often we try to find a tech solution to everything. Personalized learning is not about technology.

about Eva
Eva is the Director of Education here. She previously worked for a magazine.

other posts in

Real-Life Work Experience For High School Students

A high school internship is the best way to gain work experience and fast-track a career.

Fill in this form to learn more about how students will benefit today!
`;

describe('a blog post\'s title and the other posts under it', () => {
  it('a title that is a question, named by the comments\' heading, is no answer', () => {
    const parsed = parseSpeakerLines(lines(QUESTION_TITLE), { file: 'post.txt' });
    expect(parsed.turns.map((t) => t.text.slice(0, 30))).toEqual([
      'Ask any educator and they will',
      'Why does a strategy meant to b',
      'I have a student who now start',
      'Priceless! It is amazing the d',
      'You helped this young man keep',
    ]);
    expect(parsed.warnings[0]!.message).toMatch(/^\d+ lines of a web page's furniture .* at lines 1, /);
    // Where no comments' heading names it, a first line that asks, over a blank line, on a page, is its title too.
    expect([...readWebPage(['Why does choice matter?', '', 'I think it does.', '', 'Posted in Uncategorized'])!.furniture].sort()).toEqual([0, 4]);
    // On no page, a question heading a student's writing stays theirs.
    expect(readWebPage(['Why does choice matter?', '', 'I think it does.'])).toBeUndefined();
  });

  it('"other posts in" heads other posts\' titles and excerpts, none the writer\'s, and shows the author box to be one', () => {
    const parsed = parseSpeakerLines(lines(OTHER_POSTS), { file: 'post.txt' });
    expect(parsed.turns.map((t) => t.text.slice(0, 30))).toEqual([
      'Personalized learning is widel',
      'Too often we try to find a tec',
      'Eva is the Director of Educati',
    ]);
    expect(readWebPage(OTHER_POSTS.split('\n'))!.authors).toEqual(['Eva']);
  });

  it('the post\'s paragraphs above named comments are said to be its unidentified writer\'s, not a speaker\'s', async () => {
    const dir = tempDir('web-title-');
    writeFileSync(path.join(dir, 'post.txt'), QUESTION_TITLE);
    const run = reflect(['analyze', dir, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/3 paragraphs name no writer \(lines 3, 5, 7\), as a blog post above its comments does; read as one unidentified writer's, T1-U/);
    expect(run.stderr).not.toMatch(/speaker's name|unidentified student/);
    expect(run.stdout).not.toContain('What is Personalization?');
  });
});
