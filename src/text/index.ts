// gilt's number and text formatting library: pure functions reproducing CPython 3.11 exactly.
// Python-level failures are thrown as HostError (see host_error.ts).
export { HostError, hostError } from './host_error';
export { floatRepr, complexRepr, doubleToString, DtoaFlags, type DtoaType } from './float_repr';
export { parseFormatSpec, type FormatSpec, type Align } from './format_spec';
export { formatInt, formatFloat, formatStr, formatComplex } from './format_builtin';
export { percentFormat, bytesPercentFormat, type PercentArgs, type BytesPercentArgs } from './percent_format';
export { parseFloatString, parseIntString } from './number_parse';
export { reprStr, asciiStr, reprBytes } from './str_repr';
export { isPrintable, isSpace, decimalValue, codePointLength } from './unicode';
export { floatToHex, floatFromHex } from './float_hex';
export { roundFloat, roundHalfEven, floatToInt } from './round';
export {
  parseFormatTemplate,
  parseFieldName,
  type TemplatePart,
  type TemplateField,
  type FieldName,
  type FieldAccessor,
} from './format_template';
export {
  intToString,
  setIntMaxStrDigits,
  getIntMaxStrDigits,
  DEFAULT_INT_MAX_STR_DIGITS,
} from './int_string';
