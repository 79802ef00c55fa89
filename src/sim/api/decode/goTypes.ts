/**
 * The Go types of the API objects, as far as the API server's JSON decoder sees them: one value per
 * Go type, with the name Go prints in a decode error (`[]v1.Container`, `int32`, `v1.PodSpec`).
 * Pointers are not modelled: the decoder reports the pointed-to type, as Go's does.
 */
export type GoType =
  | { t: 'string'; go: string }
  | { t: 'bool' }
  | { t: 'int'; go: 'int32' | 'int64' }
  | { t: 'bytes' }
  /** resource.Quantity (its own UnmarshalJSON: strings and numbers). */
  | { t: 'quantity' }
  /** intstr.IntOrString (its own UnmarshalJSON). */
  | { t: 'intOrString' }
  /** metav1.Time / metav1.MicroTime (their own UnmarshalJSON: RFC 3339 strings). */
  | { t: 'time'; micro?: boolean }
  /** Anything goes (interface{}, RawExtension, structs the engine never reads). */
  | { t: 'any' }
  /** A struct the engine does not look into: only its JSON shape (an object) is checked. */
  | { t: 'opaque'; go: string }
  | { t: 'struct'; name: string; go: string; fields: Record<string, GoType> }
  | { t: 'list'; go: string; item: GoType }
  | { t: 'map'; go: string; value: GoType };

export const str: GoType = { t: 'string', go: 'string' };
/** A named string type (v1.RestartPolicy): Go prints its name. */
export const named = (go: string): GoType => ({ t: 'string', go });
export const bool: GoType = { t: 'bool' };
export const int32: GoType = { t: 'int', go: 'int32' };
export const int64: GoType = { t: 'int', go: 'int64' };
export const bytes: GoType = { t: 'bytes' };
export const quantity: GoType = { t: 'quantity' };
export const intOrString: GoType = { t: 'intOrString' };
export const time: GoType = { t: 'time' };
export const microTime: GoType = { t: 'time', micro: true };
export const any: GoType = { t: 'any' };
export const opaque = (go: string): GoType => ({ t: 'opaque', go });

/** A Go struct: `go` is the qualified name (v1.PodSpec), its Name() is the part after the dot. */
export function struct(go: string, fields: Record<string, GoType>): GoType {
  return { t: 'struct', name: go.slice(go.indexOf('.') + 1), go, fields };
}

/** A slice; the Go name is derived from the item type. */
export function list(item: GoType): GoType {
  return { t: 'list', go: `[]${goName(item)}`, item };
}

/** A map with string keys; `go` overrides the derived name for named map types (v1.ResourceList). */
export function map(value: GoType, go?: string): GoType {
  return { t: 'map', go: go ?? `map[string]${goName(value)}`, value };
}

export function goName(type: GoType): string {
  switch (type.t) {
    case 'bool':
      return 'bool';
    case 'bytes':
      return '[]uint8';
    case 'quantity':
      return 'resource.Quantity';
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'time':
      return type.micro ? 'v1.MicroTime' : 'v1.Time';
    case 'any':
      return 'interface {}';
    default:
      return type.go;
  }
}
