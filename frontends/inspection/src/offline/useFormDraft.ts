import { useCallback } from 'react';
import type { FieldWork } from './useFieldWork.js';

/**
 * A form's values kept on the device as they are typed (the finding being written survives a reload or a lost
 * connection). `initial` fills the fields the draft does not have yet, e.g. a fresh client id.
 */
export function useFormDraft<Values extends Record<string, string>>(
  work: FieldWork,
  form: string,
  initial: () => Values,
): [Values, (field: keyof Values & string, value: string) => void, () => void] {
  const stored = work.state.forms[form];
  const values = (stored ? stored : undefined) as Values | undefined;
  const current = values ?? initial();
  const { store } = work;

  const setField = useCallback(
    (field: keyof Values & string, value: string) => {
      const base = (store.getState().forms[form] as Values | undefined) ?? current;
      store.setFormDraft(form, { ...base, [field]: value });
    },
    [store, form, current],
  );
  const reset = useCallback(() => store.setFormDraft(form, undefined), [store, form]);
  return [current, setField, reset];
}
