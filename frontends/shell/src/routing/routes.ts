/** The shell's pages. Paths are Dutch because users see them; the static server falls back to index.html. */
export const paths = {
  home: '/',
  signIn: '/aanmelden',
  dualLearning: '/duaal-leren',
  training: '/ondernemersvorming',
  inspection: '/toezicht-en-inspectie',
  accessibility: '/toegankelijkheid',
} as const;

export type PagePath = (typeof paths)[keyof typeof paths];
