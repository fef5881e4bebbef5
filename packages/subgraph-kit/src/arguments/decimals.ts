import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals (a score on 10, an amount in euro). Instead of class-validator's
 * `IsNumber({ maxDecimalPlaces })`, which reads the decimals from `String(value)` and throws a TypeError on a number
 * printed in exponent notation (8e-323), an internal error the training service's mutation fuzzer found.
 */
export function HasAtMostDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasAtMostDecimals',
      validator: {
        // Rounded to `places` decimals it must be the same number (8e-323 rounds to 0, 7.35 stays 7.35).
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    },
    options,
  );
}
