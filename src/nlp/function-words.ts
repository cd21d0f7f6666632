// English function words and talk fillers (lower case, with and without apostrophes): words that say
// nothing of a theme, and are never a name.

/** Function words and fillers: left out of `codebook check`'s unmatched words, never a name to check. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below between both but by can can't cannot could couldn't " +
    "did didn't do does doesn't doing don't down during each even ever every few for from further get gets getting got had hadn't has hasn't have haven't having he her here " +
    "hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just kind know let let's like lol lot lots make many maybe me more most much " +
    "must my myself no nor not now of off on once only or other our ours ourselves out over own really same say says she should shouldn't so some something still stuff such " +
    "than that that's the their theirs them themselves then there there's these they they'd they're they've thing things this those though through to too under until up " +
    "us very want was wasn't way we we'd we're we've well were weren't what what's when where which while who whom why will with won't would wouldn't yeah yes you you'd " +
    "you'll you're you've your yours yourself yourselves idk dont im cant wont thats theres honestly basically pretty " +
    "anything anyone anybody everything everyone everybody nothing nobody none someone somebody enough think gonna wanna gotta okay"
  ).split(' '),
);
