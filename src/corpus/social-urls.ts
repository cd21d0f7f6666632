// Links to social media profiles ("instagram.com/jordanmckay", "tiktok.com/@maya.l"): a profile's address
// is its handle, so its profile part is redacted as a handle is; the site is kept, for the reader to
// know a student pointed to one. Other web addresses are kept as written. Pure.

// Sites where every page below the host belongs to an account (a profile, a post, a group's page): a
// link into one leads to a person.
const ACCOUNT_SITES = String.raw`instagram\.com|tiktok\.com|twitter\.com|x\.com|facebook\.com|fb\.com|threads\.net|snapchat\.com|pinterest\.com|linkedin\.com`;
// Sites where only some pages are a person's: YouTube's channels (a video is kept, as a class shares
// them), Reddit's users (a subreddit is a topic).
const MIXED_SITES = String.raw`youtube\.com(?=\/(?:@|c\/|channel\/|user\/))|reddit\.com(?=\/(?:u|user)\/)`;
// Any sub-domain: "www.", the mobile sites' "m." and "mobile.", a country's ("ca.linkedin.com",
// "fr-ca.facebook.com"), TikTok's short links ("vm."); in any case ("INSTAGRAM.COM/…").
const SOCIAL_URL = new RegExp(
  String.raw`^(?<site>(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:${ACCOUNT_SITES}|${MIXED_SITES})\/)(?<profile>\S*?)(?<end>[.,;:!?)\]'"’”]*)$`,
  'iu',
);
const COM_OR_NET_PATH = /\.(?:com|net)\//i;

/**
 * Whether a text may hold a link to a social profile: every site {@link redactSocialUrl} knows is a
 * ".com" or ".net" one, in lower case, in capitals or capitalised, followed by a path. Most answers hold none.
 */
export function mayHoldSocialUrl(text: string): boolean {
  // In lower case, as nearly all are written, two searches for a literal; in capitals, a capital after a dot first.
  return text.includes('.com/') || text.includes('.net/') || ((text.includes('.C') || text.includes('.N')) && COM_OR_NET_PATH.test(text));
}

/**
 * A URL with its profile part replaced by [handle] when it links to a social media profile or an
 * account's page ("https://instagram.com/jordanmckay" → "https://instagram.com/[handle]",
 * "youtube.com/@maya" → "youtube.com/[handle]"), punctuation after it kept; any other URL as given.
 */
export function redactSocialUrl(url: string): string {
  const m = SOCIAL_URL.exec(url);
  if (m === null || m.groups!.profile === '') return url;
  return `${m.groups!.site}[handle]${m.groups!.end}`;
}
