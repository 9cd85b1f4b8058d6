/**
 * A sign-in page saved instead of the requirements: the credential's page asked for a password and the
 * browser saved its form. Its text reads as no requirements (or a heading with no rule), and the writer
 * is told to save the page again once signed in, not that it holds no Part.
 */
export const hasPasswordField = (html: string) => /<input\b[^>]*\btype\s*=\s*["']?password\b/i.test(html);
