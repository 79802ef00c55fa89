/** Field errors rendered as apimachinery's field.Error does, and the "is invalid" status message. */
export type FieldErrorType = 'Required' | 'Invalid' | 'Unsupported' | 'Forbidden' | 'Duplicate' | 'NotFound' | 'TooLong';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  value?: unknown;
  detail?: string;
  supported?: string[];
  /** The value as Go's %#v prints it, when that differs from JSON (e.g. []string{"10.0.0.5"}). */
  valueText?: string;
}

export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return JSON.stringify(value);
}

export function formatFieldError(e: FieldError): string {
  switch (e.type) {
    case 'Required':
      return `${e.field}: Required value${e.detail ? `: ${e.detail}` : ''}`;
    case 'Forbidden':
      return `${e.field}: Forbidden${e.detail ? `: ${e.detail}` : ''}`;
    case 'Duplicate':
      return `${e.field}: Duplicate value: ${formatValue(e.value)}`;
    case 'NotFound':
      return `${e.field}: Not found: ${formatValue(e.value)}`;
    case 'Unsupported':
      return `${e.field}: Unsupported value: ${formatValue(e.value)}${e.supported ? `: supported values: ${e.supported.map((s) => JSON.stringify(s)).join(', ')}` : ''}`;
    case 'TooLong':
      return `${e.field}: Too long: ${e.detail ?? ''}`;
    default:
      return `${e.field}: Invalid value: ${e.valueText ?? formatValue(e.value)}${e.detail ? `: ${e.detail}` : ''}`;
  }
}

/** `The Pod "x" is invalid: a` or `... is invalid: [a, b]` (errors.NewInvalid / utilerrors aggregate). */
export function invalidMessage(kind: string, name: string, errors: FieldError[]): string {
  const parts = errors.map(formatFieldError);
  const body = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return `${kind} "${name}" is invalid: ${body}`;
}
