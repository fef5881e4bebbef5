/**
 * The server's `allowedSteps` (workflow, role, ownership and state checks, for the signed-in user) as the steps a
 * screen offers: exactly those, in the server's order. A name the screen does not know (a newer API) is left out
 * rather than shown as a button that does nothing.
 */
export function knownSteps<Step extends string>(known: readonly Step[], allowed: readonly string[]): Step[] {
  return allowed.filter((step): step is Step => (known as readonly string[]).includes(step));
}
