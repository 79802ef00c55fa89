// Resolution of int-or-percent fields (maxSurge, maxUnavailable), mirroring
// apimachinery's intstr.GetScaledValueFromIntOrPercent.
import type { IntOrString } from '../../api/types.ts';

export type Scaled = { ok: true; value: number } | { ok: false; error: string };

export function getScaledValueFromIntOrPercent(
  value: IntOrString | undefined,
  total: number,
  roundUp: boolean,
): Scaled {
  if (value === undefined) return { ok: false, error: 'nil value for IntOrString' };
  if (typeof value === 'number') return { ok: true, value };
  if (!value.endsWith('%')) {
    return { ok: false, error: 'invalid value for IntOrString: invalid type: string is not a percentage' };
  }
  const digits = value.slice(0, -1);
  // Go's strconv.Atoi accepts an optional sign and decimal digits only.
  if (!/^[+-]?\d+$/.test(digits)) {
    return { ok: false, error: `invalid value for IntOrString: invalid value "${value}": strconv.Atoi: parsing "${digits}": invalid syntax` };
  }
  const percent = Number(digits);
  // Go computes float64(v) * float64(total) / 100 and then rounds; same in doubles here.
  const scaled = (percent * total) / 100;
  return { ok: true, value: roundUp ? Math.ceil(scaled) : Math.floor(scaled) };
}
