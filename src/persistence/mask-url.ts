/**
 * Connection strings in log lines and messages without their secrets: the password of the user info and the
 * value of every query parameter that holds one (`?password=…`, `sslpassword`, tokens, keys, secrets).
 */

const SECRET_PARAMETER = /pass|secret|token|key|credential|auth/i;
const MASK = "***";

/** The URL with every secret replaced by `***`; text that is not a URL is masked as well as it can be. */
export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return maskLoosely(url);
  }
  if (parsed.password) parsed.password = MASK;
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, MASK);
  }
  // URLSearchParams encodes `*`; keep the mask readable.
  return parsed.toString().replaceAll("%2A%2A%2A", MASK);
}

function maskLoosely(text: string): string {
  return text
    .replace(/(\/\/[^:@/\s]*:)[^@/\s]*@/g, `$1${MASK}@`)
    .replace(/([?&;]\s*([^=&\s]+)\s*=)([^&\s]*)/g, (whole, head: string, name: string) => (SECRET_PARAMETER.test(name) ? `${head}${MASK}` : whole));
}

/** The secret values in `url` (password, secret query parameters), to remove them from other text such as errors. */
export function urlSecrets(url: string): string[] {
  const secrets = new Set<string>();
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      secrets.add(parsed.password);
      secrets.add(decodeURIComponent(parsed.password));
    }
    for (const [name, value] of parsed.searchParams) if (SECRET_PARAMETER.test(name) && value) secrets.add(value);
  } catch {
    // not a URL: nothing reliable to take out
  }
  // A very short value would mask ordinary words of the text; such a password is not worth hiding from the log.
  return [...secrets].filter((secret) => secret.length >= 4);
}

/** `text` with every secret of `url` replaced by `***`, and any URL-like secrets masked. */
export function maskSecretsIn(text: string, url: string): string {
  let masked = text;
  for (const secret of urlSecrets(url).sort((a, b) => b.length - a.length)) masked = masked.split(secret).join(MASK);
  return maskLoosely(masked);
}
